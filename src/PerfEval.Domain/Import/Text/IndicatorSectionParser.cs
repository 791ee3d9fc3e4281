using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// The indicator table between its header line and 总分: level-1 and level-2 headings (merged cells printed once, before
/// their first row, sometimes broken across lines) and the level-3 rows, each followed by its deviation reason.
/// </summary>
internal sealed class IndicatorSectionParser
{
    private readonly IReadOnlyList<TextLine> _lines;
    private readonly int _end;
    private readonly int _maxRows;
    private readonly IndicatorRowReader _rowReader;
    private readonly List<IndicatorRow> _rows = [];
    private string? _level1;
    private string? _level2;

    public IndicatorSectionParser(IReadOnlyList<TextLine> lines, int end, int maxRows)
    {
        _lines = lines;
        _end = end;
        _maxRows = maxRows;
        _rowReader = new IndicatorRowReader(_lines);
    }

    /// <summary>The rows read so far (all of them once <see cref="Parse"/> returns).</summary>
    public IReadOnlyList<IndicatorRow> Rows => _rows;

    public IReadOnlyList<IndicatorRow> Parse(int start)
    {
        var i = start;
        while (i < _end)
        {
            var headingLines = IndicatorHeadings.Match(_lines, i, _end, out var heading);
            if (headingLines > 0)
            {
                Apply(heading, NextIsLevel2(i + headingLines, 0));
                i += headingLines;
                continue;
            }

            var line = _lines[i];
            if (line.StartsWith("一级指标"))
            {
                i = FormTextParser.SkipIndicatorHeader(_lines, i, _end);
                continue;
            }

            var token = 0;
            while (token < line.Tokens.Length && IndicatorHeadings.IsHeading(line.Tokens[token]))
            {
                Apply(line.Tokens[token], NextIsLevel2(i, token + 1));
                token++;
            }

            if (token == line.Tokens.Length)
            {
                i++;
                continue;
            }

            i = ReadRow(i, token);
        }

        return _rows;
    }

    private int ReadRow(int i, int token)
    {
        var line = _lines[i];
        if (!_rowReader.TryRead(i, token, _end, out var row))
        {
            throw new TextFormatException(
                line.Number,
                "指标行（三级指标 年度指标值 实际完成值 分值 得分）或一级/二级指标",
                "an indicator row (name, target, actual, weight, score) or a level-1/level-2 heading",
                line.Text);
        }

        if (_level1 is null || _level2 is null)
        {
            throw new TextFormatException(
                line.Number,
                _level1 is null ? "一级指标（产出指标/效益指标/满意度指标/成本指标）" : "二级指标（如数量指标）",
                _level1 is null ? "a level-1 heading (产出指标/效益指标/满意度指标/成本指标) before the first row" : "a level-2 heading (e.g. 数量指标) before the row",
                line.Text);
        }

        if (_rows.Count >= _maxRows)
        {
            throw new TextFormatException(line.Number, $"不超过{_maxRows}个指标", $"at most {_maxRows} indicators per form", line.Text);
        }

        var reasonParts = new List<string>();
        var scoreLine = _lines[row.ScoreLine];
        if (row.RestToken < scoreLine.Tokens.Length)
        {
            reasonParts.Add(string.Join(' ', scoreLine.Tokens[row.RestToken..]));
        }

        var next = row.ScoreLine + 1;
        while (next < _end && !StartsBlock(next))
        {
            if (LooksLikeRowCells(_lines[next]))
            {
                // Never let a row that failed to read pass as the previous row's reason: its figures would be lost silently.
                throw new TextFormatException(
                    _lines[next].Number,
                    "指标行（三级指标 年度指标值 实际完成值 分值 得分）或偏差原因文字",
                    "an indicator row (name, target, actual, weight, score) or deviation reason text",
                    _lines[next].Text);
            }

            reasonParts.Add(_lines[next].Text);
            next++;
        }

        var reason = TextCells.JoinBroken(reasonParts);
        _rows.Add(new IndicatorRow
        {
            Level1 = _level1,
            Level2 = _level2,
            Name = row.Name,
            Target = row.Target,
            Actual = row.Actual,
            Weight = row.Weight,
            ClaimedScore = row.Score,
            DeviationReason = reason.Length == 0 ? null : reason,
        });
        return next;
    }

    /// <summary>Cells of a row rather than prose: a comparator, a bracketed unit after a figure, or a separate figure at the end.</summary>
    private static bool LooksLikeRowCells(TextLine line)
    {
        var tokens = line.Tokens;
        if (tokens.Length >= 2 && TextCells.IsNumber(tokens[^1]))
        {
            return true;
        }

        foreach (var token in tokens)
        {
            if (TextCells.StartsWithComparator(token) || token[0] is '(' or '（' || (char.IsAsciiDigit(token[0]) && token.IndexOfAny(['(', '（']) > 0))
            {
                return true;
            }
        }

        return tokens.Length == 1 && TextCells.IsNumber(tokens[0]);
    }

    /// <summary>A heading, a repeated table header or a complete row: whatever ends the previous row's deviation reason.</summary>
    private bool StartsBlock(int i)
    {
        var line = _lines[i];
        return IndicatorHeadings.Match(_lines, i, _end, out _) > 0
               || IndicatorHeadings.IsHeading(line.Tokens[0])
               || line.StartsWith("一级指标")
               || _rowReader.TryRead(i, 0, _end, out _);
    }

    /// <summary>
    /// 成本指标 is a level-2 heading under 产出指标 in older forms and a level-1 heading in newer ones; it is level 1 when
    /// a level-2 heading follows it (or when no level 1 has been seen).
    /// </summary>
    private void Apply(string heading, bool nextIsLevel2)
    {
        var isLevel1 = IndicatorHeadings.Level1.Contains(heading);
        var isLevel2 = IndicatorHeadings.Level2.Contains(heading);
        if (isLevel1 && (!isLevel2 || _level1 is null || nextIsLevel2))
        {
            _level1 = heading;
            _level2 = null;
        }
        else
        {
            _level2 = heading;
        }
    }

    private bool NextIsLevel2(int line, int token)
    {
        if (line < _end && token >= _lines[line].Tokens.Length)
        {
            line++;
            token = 0;
        }

        if (line >= _end)
        {
            return false;
        }

        if (token > 0)
        {
            return IsLevel2Only(_lines[line].Tokens[token]);
        }

        return IndicatorHeadings.Match(_lines, line, _end, out var heading) > 0
            ? IsLevel2Only(heading)
            : IsLevel2Only(_lines[line].Tokens[0]);
    }

    private static bool IsLevel2Only(string heading) =>
        IndicatorHeadings.Level2.Contains(heading) && !IndicatorHeadings.Level1.Contains(heading);
}
