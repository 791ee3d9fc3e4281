using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// 年度总体目标: the PDF prints the expected-goal column first, then the actual column, each broken into lines.
/// The expected text ends with its first line that ends with a full stop (。); the rest, up to the indicator table, is
/// the actual. Broken lines are joined (<see cref="TextCells.JoinBroken"/>).
/// </summary>
internal static class GoalsTextReader
{
    public static AnnualGoals Read(LineCursor cursor)
    {
        if (!cursor.SkipFragmentsOf("年度总体目标"))
        {
            cursor.Fail(cursor.AtEnd ? null : cursor.Lines[cursor.Position], "年度总体目标", "the 年度总体目标 (annual goals) label");
        }

        cursor.Expect(l => l.Compact == "预期目标实际完成情况", "“预期目标 实际完成情况”", "the goals header 预期目标 实际完成情况");

        var expected = new List<string>();
        var actual = new List<string>();
        var inExpected = true;
        while (!cursor.AtEnd && !cursor.Lines[cursor.Position].StartsWith("一级指标"))
        {
            var text = cursor.Lines[cursor.Position].Text;
            (inExpected ? expected : actual).Add(text);
            if (inExpected && text.EndsWith('。'))
            {
                inExpected = false;
            }

            cursor.Position++;
        }

        return new AnnualGoals { Expected = TextCells.JoinBroken(expected), Actual = TextCells.JoinBroken(actual) };
    }
}
