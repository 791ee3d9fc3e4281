using System.Diagnostics.CodeAnalysis;

namespace PerfEval.Domain.Import.Text;

/// <summary>Walks the non-empty lines of one form; a line that is not what the layout puts there fails the form.</summary>
internal sealed class LineCursor(IReadOnlyList<TextLine> lines, int start, int end)
{
    public IReadOnlyList<TextLine> Lines { get; } = lines;
    public int End { get; } = end;
    public int Position { get; set; } = start;
    public bool AtEnd => Position >= End;

    public TextLine Expect(Func<TextLine, bool> predicate, string expectedZh, string expectedEn)
    {
        if (AtEnd)
        {
            Fail(null, expectedZh, expectedEn);
        }

        var line = Lines[Position];
        if (!predicate(line))
        {
            Fail(line, expectedZh, expectedEn);
        }

        Position++;
        return line;
    }

    /// <summary>
    /// Skips lines that together spell <paramref name="label"/> (the PDF breaks a merged cell's label into lines);
    /// true when they did.
    /// </summary>
    public bool SkipFragmentsOf(string label, bool normaliseBrackets = false)
    {
        var accumulated = "";
        var start = Position;
        while (!AtEnd)
        {
            var candidate = accumulated + Normalise(Lines[Position].Compact);
            if (!label.StartsWith(candidate, StringComparison.Ordinal))
            {
                break;
            }

            accumulated = candidate;
            Position++;
            if (accumulated == label)
            {
                return true;
            }
        }

        Position = start;
        return false;

        string Normalise(string text) => normaliseBrackets ? text.Replace('(', '（').Replace(')', '）') : text;
    }

    /// <summary>Abandons the form at <paramref name="line"/> (at the form's last line when null).</summary>
    [DoesNotReturn]
    public void Fail(TextLine? line, string expectedZh, string expectedEn)
    {
        var cutOff = line is null;
        line ??= End > 0 ? Lines[End - 1] : null;
        throw new TextFormatException(line?.Number ?? 0, expectedZh, expectedEn, line is null ? "(end of file)" : line.Text, cutOff);
    }
}
