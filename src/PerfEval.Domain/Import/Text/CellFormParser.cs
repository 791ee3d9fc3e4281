using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Import.Text;

/// <summary>A cell of a form and the index of its line.</summary>
internal readonly record struct Cell(string Text, int Line)
{
    public bool StartsWith(string value, StringComparison comparison) => Text.StartsWith(value, comparison);
}

/// <summary>
/// What the parsers that read a form as a stream of cells share (the central template's and Sichuan's, where a row
/// per line, a cell per line and cells run together read alike): the form's lines and its cells in document order, the
/// cell reached, the part read so far, the findings, and the two refusals: at a cell, or cut off after the form's last
/// line.
/// </summary>
internal abstract class CellFormParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits, List<Cell> cells)
{
    protected readonly IReadOnlyList<TextLine> _lines = lines;
    protected readonly int _start = start;
    protected readonly int _end = end;
    protected readonly ImportLimits _limits = limits;
    protected readonly List<Cell> _cells = cells;
    protected readonly List<Finding> _findings = [];

    /// <summary>The next cell to read.</summary>
    protected int _at;

    /// <summary>What was read before the form stopped, cell by cell (for a form cut off).</summary>
    public PartialForm Partial { get; protected set; } = new();

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The line after the form's total line; what follows (conclusions, signatures, notes) belongs to no form.</summary>
    public int EndPosition { get; protected set; }

    /// <summary>The next cell, which must satisfy <paramref name="predicate"/>; otherwise the refusal there.</summary>
    protected Cell Expect(Func<string, bool> predicate, string expectedZh, string expectedEn)
    {
        if (_at >= _cells.Count)
        {
            throw Error(null, expectedZh, expectedEn);
        }

        var cell = _cells[_at];
        if (!predicate(cell.Text))
        {
            throw Error(cell, expectedZh, expectedEn);
        }

        _at++;
        return cell;
    }

    /// <summary>The refusal at <paramref name="cell"/>'s line, or after the form's last line when the cells ran out.</summary>
    protected TextFormatException Error(Cell? cell, string expectedZh, string expectedEn) => cell is { } at
        ? TextFormatException.At(_lines[at.Line], expectedZh, expectedEn)
        : TextFormatException.CutOffAfter(_lines[_end - 1], expectedZh, expectedEn);
}
