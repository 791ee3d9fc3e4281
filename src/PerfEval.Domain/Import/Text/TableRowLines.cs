using System.Text;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// How a table row of a Word document or a worksheet becomes lines of text for the layout readers: one line of its
/// non-empty cells separated by spaces (a cell continuing a merged one is empty and left out), unless a cell holds
/// running text (the goals, a reason), when each cell is a line of its own.
/// </summary>
internal static class TableRowLines
{
    /// <summary>A cell this long is running text rather than a figure or a label.</summary>
    private const int RunningText = 40;

    public static void Append(StringBuilder lines, IEnumerable<string> row)
    {
        var cells = row.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (cells.Any(c => c.Length > RunningText))
        {
            cells.ForEach(c => lines.Append(c).Append('\n'));
        }
        else if (cells.Count > 0)
        {
            lines.AppendJoin(' ', cells).Append('\n');
        }
    }
}
