using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Reads one indicator row — 三级指标 年度指标值 实际完成值 分值 得分 — from the token stream, where the PDF may have broken
/// a target or actual across lines ("≥" / "10459.00(人)", "140000.00(" / "张)", "部分达成指" / "标并具有一" / "定效果").
/// A row is only accepted when every cell reads; this is also how a continuation line of a deviation reason is told
/// from the start of the next row.
/// </summary>
internal sealed class IndicatorRowReader(IReadOnlyList<TextLine> lines)
{
    /// <summary>A row spans at most this many lines of extracted text (the seed's longest takes 8).</summary>
    private const int MaxRowLines = 12;

    /// <summary>Tokens glued into one target or actual at most.</summary>
    private const int MaxGlued = 6;

    public bool TryRead(int line, int token, int end, out ParsedRow row)
    {
        row = default;
        var limit = Math.Min(end, line + MaxRowLines);
        var position = new Position(line, token);
        var name = Token(position);
        if (TextCells.IsNumber(name) || TextCells.StartsWithComparator(name) || IndicatorHeadings.IsHeading(name)
            || name.StartsWith("总分", StringComparison.Ordinal) || name.StartsWith("评分等级", StringComparison.Ordinal))
        {
            return false;
        }

        var nameAlone = token == lines[line].Tokens.Length - 1;
        position = Advance(position);
        if (!IsValid(position, limit))
        {
            return false;
        }

        // A name alone on its line is followed by a quantity on the next line; a qualitative target shares the name's line.
        var first = Token(position)[0];
        if (nameAlone && !TextCells.StartsWithComparator(Token(position)) && !char.IsAsciiDigit(first))
        {
            return false;
        }

        if (!TryReadMeasure(ref position, limit, out var target) || !TryReadMeasure(ref position, limit, out var actual))
        {
            return false;
        }

        if (!IsValid(position, limit) || !TextCells.TryParseNumber(Token(position), out var weight))
        {
            return false;
        }

        var scorePosition = Advance(position);
        if (!IsValid(scorePosition, limit) || scorePosition.Line != position.Line
            || !TextCells.TryParseNumber(Token(scorePosition), out var score))
        {
            return false;
        }

        row = new ParsedRow(name, target, actual, weight, score, scorePosition.Line, scorePosition.Token + 1);
        return true;
    }

    private bool TryReadMeasure(ref Position position, int limit, out string text)
    {
        text = "";
        if (!IsValid(position, limit))
        {
            return false;
        }

        var glued = Token(position);
        position = Advance(position);
        if (TextCells.IsBareComparator(glued))
        {
            if (!IsValid(position, limit) || !char.IsAsciiDigit(Token(position)[0]))
            {
                return false;
            }

            glued += Token(position);
            position = Advance(position);
        }

        if (TextCells.StartsWithComparator(glued) || char.IsAsciiDigit(glued[0]))
        {
            if (!TryGlueUnit(ref glued, ref position, limit))
            {
                return false;
            }

            text = glued;
            return Measure.Parse(glued).Kind == MeasureKind.Quantity;
        }

        if (IsTierPrefix(glued))
        {
            for (var count = 0; count < MaxGlued && IsValid(position, limit) && !Measure.TierPhrases.Contains(glued)
                 && IsTierPrefix(glued + Token(position)); count++)
            {
                glued += Token(position);
                position = Advance(position);
            }
        }

        text = glued;
        return true;
    }

    /// <summary>Glues "(人)" after a number, and the rest of a unit whose bracket the line broke ("140000.00(" + "张)").</summary>
    private bool TryGlueUnit(ref string glued, ref Position position, int limit)
    {
        var opened = glued.IndexOfAny(['(', '（']) >= 0;
        if (!opened && IsValid(position, limit) && Token(position)[0] is '(' or '（')
        {
            glued += Token(position);
            position = Advance(position);
            opened = true;
        }

        for (var count = 0; opened && !IsClosed(glued); count++)
        {
            if (count >= MaxGlued || !IsValid(position, limit))
            {
                return false;
            }

            glued += Token(position);
            position = Advance(position);
        }

        return true;
    }

    private static bool IsClosed(string text) => text.IndexOfAny([')', '）']) >= 0;

    private static bool IsTierPrefix(string text)
    {
        foreach (var phrase in Measure.TierPhrases)
        {
            if (phrase.StartsWith(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string Token(Position position) => lines[position.Line].Tokens[position.Token];

    private Position Advance(Position position) =>
        position.Token + 1 < lines[position.Line].Tokens.Length
            ? position with { Token = position.Token + 1 }
            : new Position(position.Line + 1, 0);

    private static bool IsValid(Position position, int limit) => position.Line < limit;

    private readonly record struct Position(int Line, int Token);
}

/// <summary>The cells of a row as read; <see cref="RestToken"/> is where the same-line deviation reason starts.</summary>
internal readonly record struct ParsedRow(string Name, string Target, string Actual, decimal Weight, decimal Score, int ScoreLine, int RestToken);
