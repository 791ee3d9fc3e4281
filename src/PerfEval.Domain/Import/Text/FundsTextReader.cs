using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// 项目资金（万元）, or （元） with the amounts converted to 万元: the header line and the four rows 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金, each with
/// 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ("-" where the form leaves a cell empty).
/// </summary>
internal static class FundsTextReader
{
    private const int Figures = 6;

    /// <summary>The table; <paramref name="inYuan"/> when its label says 元, its amounts then converted to 万元.</summary>
    public static FundsTable Read(LineCursor cursor, out bool inYuan)
    {
        inYuan = !cursor.SkipFragmentsOf("项目资金（万元）", normaliseBrackets: true) && cursor.SkipFragmentsOf("项目资金（元）", normaliseBrackets: true);
        var scale = inYuan ? 10000m : 1m;
        cursor.Expect(
            l => l.StartsWith("年初预算数") && l.Compact.Contains("全年预算数", StringComparison.Ordinal) && l.Compact.Contains("全年执行数", StringComparison.Ordinal),
            "资金表表头“年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分”",
            "the funds table header 年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分");

        var (total, weight, score) = ReadRow(cursor, ["年度资金总额"], "年度资金总额行", "the 年度资金总额 (total) row", isTotal: true, scale);
        var (current, _, _) = ReadRow(cursor, ["其中：当年财政拨款", "其中:当年财政拨款", "当年财政拨款"], "当年财政拨款行", "the 当年财政拨款 (current appropriation) row", isTotal: false, scale);
        var (carryOver, _, _) = ReadRow(cursor, ["上年结转资金"], "上年结转资金行", "the 上年结转资金 (carry-over) row", isTotal: false, scale);
        var (other, _, _) = ReadRow(cursor, ["其他资金"], "其他资金行", "the 其他资金 (other funds) row", isTotal: false, scale);
        return new FundsTable
        {
            Total = total,
            CurrentAppropriation = current,
            CarryOver = carryOver,
            Other = other,
            Weight = weight ?? 10m,
            ClaimedScore = score,
        };
    }

    private static (FundsRow Row, decimal? Weight, decimal? Score) ReadRow(LineCursor cursor, string[] labels, string expectedZh, string expectedEn, bool isTotal, decimal scale)
    {
        var line = cursor.Expect(l => labels.Any(l.StartsWith), expectedZh, expectedEn);
        var values = line.Tokens.Skip(LabelTokenCount(line, labels)).ToArray();
        if (values.Length != Figures)
        {
            cursor.Fail(line, $"{expectedZh}：标签后6个数值（年初预算数 全年预算数 全年执行数 分值 执行率 得分，空格以“-”表示）",
                $"{expectedEn}: the label and 6 figures (initial, full-year, executed, weight, rate, score; '-' for none)");
        }

        var cells = new decimal?[Figures];
        for (var i = 0; i < Figures; i++)
        {
            if (TextCells.IsDash(values[i]))
            {
                // Budget, executed and the total's weight are figures every form prints.
                if (i < 3 || (isTotal && i == 3))
                {
                    cursor.Fail(line, $"{expectedZh}第{i + 1}个数值", $"a figure in column {i + 1} of {expectedEn}");
                }

                continue;
            }

            if (!TextCells.TryParseNumber(values[i], out var value))
            {
                cursor.Fail(line, $"{expectedZh}第{i + 1}个数值或“-”", $"a number or '-' in column {i + 1} of {expectedEn}");
            }

            cells[i] = value;
        }

        var row = new FundsRow { InitialBudget = cells[0] / scale, FullYearBudget = cells[1] / scale, Executed = cells[2] / scale, ClaimedRate = cells[4] };
        return (row, cells[3], cells[5]);
    }

    /// <summary>How many tokens the row's label takes ("其中：当年财政拨款" or "其中：" "当年财政拨款"); 0 when it runs into a figure.</summary>
    private static int LabelTokenCount(TextLine line, string[] labels)
    {
        var label = "";
        for (var i = 0; i < line.Tokens.Length; i++)
        {
            label += line.Tokens[i];
            if (labels.Contains(label))
            {
                return i + 1;
            }

            if (!labels.Any(l => l.StartsWith(label, StringComparison.Ordinal)))
            {
                break;
            }
        }

        return 0;
    }
}
