using System.Globalization;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// One form of the PDF-text format, from its title to 评分等级, read in the order the PDF prints it. Any line that is
/// not what the layout puts there abandons the form with a <see cref="TextFormatException"/> naming the line.
/// </summary>
internal sealed class FormTextParser
{
    public const string Title = "财政项目支出绩效自评表";
    private const string IndicatorHeaderTail = "偏差原因分析及改进措施";

    /// <summary>Grades are one character (优良中差); a little room for variants such as 良好.</summary>
    private const int MaxGradeLength = 4;

    private readonly IReadOnlyList<TextLine> lines;
    private readonly int end;
    private readonly ImportLimits limits;
    private int position;

    public FormTextParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits)
    {
        this.lines = lines;
        this.end = end;
        this.limits = limits;
        position = start;
    }

    public EvaluationForm Parse()
    {
        var title = Expect(IsTitle, "标题“财政项目支出绩效自评表”", "the title 财政项目支出绩效自评表");
        var year = title.Compact.Length > Title.Length ? YearOf(title) : YearOf(ExpectYearLine());
        var projectName = ReadLabelled("项目名称", "项目名称行", "the 项目名称 (project name) line");
        var (department, unit) = ReadDepartmentAndUnit();
        var funds = ReadFunds();
        var goals = ReadGoals();
        var indicators = ReadIndicators();
        var (total, grade) = ReadTotals();
        if (position < end)
        {
            Fail(lines[position], "下一张自评表的标题或文件结束", "the next form's title or the end of the file");
        }

        return new EvaluationForm
        {
            Header = new FormHeader
            {
                ProjectName = projectName,
                CompetentDepartment = department,
                ImplementingUnit = unit,
                FiscalYear = year,
            },
            Funds = funds,
            Goals = goals,
            Indicators = indicators,
            ClaimedTotal = total,
            ClaimedGrade = grade,
        };
    }

    /// <summary>Skips the indicator table's header line and the lines its last column was broken into.</summary>
    internal static int SkipIndicatorHeader(IReadOnlyList<TextLine> lines, int headerLine, int end)
    {
        var next = headerLine + 1;
        if (lines[headerLine].Compact.EndsWith(IndicatorHeaderTail, StringComparison.Ordinal))
        {
            return next;
        }

        var accumulated = "";
        while (next < end && IndicatorHeaderTail.StartsWith(accumulated + lines[next].Compact, StringComparison.Ordinal))
        {
            accumulated += lines[next].Compact;
            next++;
            if (accumulated == IndicatorHeaderTail)
            {
                break;
            }
        }

        return next;
    }

    /// <summary>The title line, alone or followed by the year on the same line ("财政项目支出绩效自评表（2024年度）").</summary>
    public static bool IsTitle(TextLine line) =>
        line.Compact.StartsWith(Title, StringComparison.Ordinal)
        && (line.Compact.Length == Title.Length || IsYearText(line.Compact[Title.Length..]));

    private static bool IsYearText(string compact) =>
        compact.Length >= 6 && compact[0] is '（' or '(' && compact[^1] is '）' or ')' && compact.Contains('年');

    private TextLine ExpectYearLine() =>
        Expect(l => IsYearText(l.Compact), "年度行，如“（2024年度）”", "the fiscal year line, e.g. （2024年度）");

    private int YearOf(TextLine line)
    {
        var text = line.Compact.StartsWith(Title, StringComparison.Ordinal) ? line.Compact[Title.Length..] : line.Compact;
        var digits = text[1..text.IndexOf('年', StringComparison.Ordinal)];
        var year = 0;
        if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 1990 || year > 2200)
        {
            Fail(line, "四位年份，如“（2024年度）”", "a four-digit year, e.g. （2024年度）");
        }

        return year;
    }

    private string ReadLabelled(string label, string expectedZh, string expectedEn)
    {
        var line = Expect(l => l.StartsWith(label) && l.Compact.Length > label.Length, expectedZh, expectedEn);
        return line.Text[(line.Text.IndexOf(label[^1], StringComparison.Ordinal) + 1)..].Trim();
    }

    private (string Department, string Unit) ReadDepartmentAndUnit()
    {
        var line = Expect(
            l => l.StartsWith("主管部门") && l.Text.Contains("实施单位", StringComparison.Ordinal),
            "“主管部门 … 实施单位 …”行",
            "the line 主管部门 … 实施单位 … (department and implementing unit)");
        var text = line.Text;
        var unitAt = text.IndexOf("实施单位", StringComparison.Ordinal);
        var department = text["主管部门".Length..unitAt].Trim();
        var unit = text[(unitAt + "实施单位".Length)..].Trim();
        if (department.Length == 0 || unit.Length == 0)
        {
            Fail(line, "主管部门和实施单位的名称", "the names of the department and of the implementing unit");
        }

        return (department, unit);
    }

    private FundsTable ReadFunds()
    {
        SkipFragmentsOf("项目资金（万元）", normaliseBrackets: true);
        Expect(
            l => l.StartsWith("年初预算数") && l.Compact.Contains("全年预算数", StringComparison.Ordinal) && l.Compact.Contains("全年执行数", StringComparison.Ordinal),
            "资金表表头“年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分”",
            "the funds table header 年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分");

        var (total, weight, score) = ReadFundsRow(["年度资金总额"], "年度资金总额行", "the 年度资金总额 (total) row", isTotal: true);
        var (current, _, _) = ReadFundsRow(["其中：当年财政拨款", "其中:当年财政拨款", "当年财政拨款"], "当年财政拨款行", "the 当年财政拨款 (current appropriation) row", isTotal: false);
        var (carryOver, _, _) = ReadFundsRow(["上年结转资金"], "上年结转资金行", "the 上年结转资金 (carry-over) row", isTotal: false);
        var (other, _, _) = ReadFundsRow(["其他资金"], "其他资金行", "the 其他资金 (other funds) row", isTotal: false);
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

    /// <summary>A funds row: label, then 年初预算数 全年预算数 全年执行数 分值 执行率 得分; "-" where the form leaves a cell empty.</summary>
    private (FundsRow Row, decimal? Weight, decimal? Score) ReadFundsRow(string[] labels, string expectedZh, string expectedEn, bool isTotal)
    {
        var line = Expect(l => labels.Any(l.StartsWith), expectedZh, expectedEn);
        var values = line.Tokens.Skip(LabelTokenCount(line, labels)).ToArray();
        if (values.Length != 6)
        {
            Fail(line, $"{expectedZh}：标签后6个数值（年初预算数 全年预算数 全年执行数 分值 执行率 得分，空格以“-”表示）",
                $"{expectedEn}: the label and 6 figures (initial, full-year, executed, weight, rate, score; '-' for none)");
        }

        var cells = new decimal?[6];
        for (var i = 0; i < 6; i++)
        {
            if (TextCells.IsDash(values[i]))
            {
                // Budget, executed and the total's weight are figures every form prints.
                if (i < 3 || (isTotal && i == 3))
                {
                    Fail(line, $"{expectedZh}第{i + 1}个数值", $"a figure in column {i + 1} of {expectedEn}");
                }

                continue;
            }

            if (!TextCells.TryParseNumber(values[i], out var value))
            {
                Fail(line, $"{expectedZh}第{i + 1}个数值或“-”", $"a number or '-' in column {i + 1} of {expectedEn}");
            }

            cells[i] = value;
        }

        var row = new FundsRow { InitialBudget = cells[0], FullYearBudget = cells[1], Executed = cells[2], ClaimedRate = cells[4] };
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

    /// <summary>
    /// 年度总体目标: the PDF prints the expected-goal column first, then the actual column, each broken into lines.
    /// The expected text ends with its first full stop at the end of a line; the rest, up to the indicator table, is the actual.
    /// </summary>
    private AnnualGoals ReadGoals()
    {
        SkipFragmentsOf("年度总体目标", normaliseBrackets: false, required: true, "年度总体目标", "the 年度总体目标 (annual goals) label");
        Expect(l => l.Compact == "预期目标实际完成情况", "“预期目标 实际完成情况”", "the goals header 预期目标 实际完成情况");

        var expected = new List<string>();
        var actual = new List<string>();
        var inExpected = true;
        while (position < end && !lines[position].StartsWith("一级指标"))
        {
            var text = lines[position].Text;
            (inExpected ? expected : actual).Add(text);
            if (inExpected && text.EndsWith('。'))
            {
                inExpected = false;
            }

            position++;
        }

        return new AnnualGoals { Expected = TextCells.JoinBroken(expected), Actual = TextCells.JoinBroken(actual) };
    }

    private IReadOnlyList<IndicatorRow> ReadIndicators()
    {
        Expect(
            l => l.StartsWith("一级指标二级指标三级指标"),
            "指标表表头“一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施”",
            "the indicator table header 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施");
        position = SkipIndicatorHeader(lines, position - 1, end);

        var totalLine = position;
        while (totalLine < end && !lines[totalLine].StartsWith("总分"))
        {
            totalLine++;
        }

        if (totalLine == end)
        {
            var last = lines[end - 1];
            throw new TextFormatException(last.Number, "“总分”行", "the 总分 (total) line after the indicator rows", last.Text);
        }

        var rows = new IndicatorSectionParser(lines, totalLine, limits.MaxIndicatorsPerForm).Parse(position);
        if (rows.Count == 0)
        {
            Fail(lines[totalLine], "至少一个指标行", "at least one indicator row before 总分");
        }

        position = totalLine;
        return rows;
    }

    private (decimal Total, string? Grade) ReadTotals()
    {
        var totalLine = Expect(l => l.StartsWith("总分"), "“总分”行", "the 总分 (total) line");
        var figures = totalLine.Tokens.Skip(1).ToArray();
        var total = 0m;
        if (totalLine.Tokens[0] != "总分" || figures.Length != 2
            || !TextCells.TryParseNumber(figures[0], out _) || !TextCells.TryParseNumber(figures[1], out total))
        {
            Fail(totalLine, "“总分 分值合计 得分合计”，如“总分 100.00 98.00”", "总分 followed by the weights' total and the score, e.g. 总分 100.00 98.00");
        }

        var gradeLine = Expect(l => l.StartsWith("评分等级"), "“评分等级”行", "the 评分等级 (grade) line");
        var grade = gradeLine.Compact["评分等级".Length..];
        if (grade.Length == 0 && position < end && lines[position].Tokens.Length == 1 && lines[position].Compact.Length <= MaxGradeLength)
        {
            // The grade's cell broken onto the next line.
            grade = lines[position++].Compact;
        }

        return (total, grade.Length == 0 ? null : grade);
    }

    /// <summary>Skips lines that together spell <paramref name="label"/> (the PDF breaks a merged cell's label into lines).</summary>
    private void SkipFragmentsOf(string label, bool normaliseBrackets, bool required = false, string expectedZh = "", string expectedEn = "")
    {
        var accumulated = "";
        var start = position;
        while (position < end)
        {
            var candidate = accumulated + Normalise(lines[position].Compact);
            if (!label.StartsWith(candidate, StringComparison.Ordinal))
            {
                break;
            }

            accumulated = candidate;
            position++;
            if (accumulated == label)
            {
                return;
            }
        }

        if (required && accumulated != label)
        {
            position = start;
            Fail(position < end ? lines[position] : null, expectedZh, expectedEn);
        }

        string Normalise(string text) => normaliseBrackets ? text.Replace('(', '（').Replace(')', '）') : text;
    }

    private TextLine Expect(Func<TextLine, bool> predicate, string expectedZh, string expectedEn)
    {
        if (position >= end)
        {
            Fail(null, expectedZh, expectedEn);
        }

        var line = lines[position];
        if (!predicate(line))
        {
            Fail(line, expectedZh, expectedEn);
        }

        position++;
        return line;
    }

    private TextLine? LastLine => end > 0 ? lines[end - 1] : null;

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(TextLine? line, string expectedZh, string expectedEn)
    {
        line ??= LastLine;
        throw new TextFormatException(line?.Number ?? 0, expectedZh, expectedEn, line is null ? "(end of file)" : line.Text);
    }
}
