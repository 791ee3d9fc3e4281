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

    private readonly ImportLimits _limits;
    private readonly LineCursor _cursor;

    public FormTextParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits)
    {
        _limits = limits;
        _cursor = new LineCursor(lines, start, end);
    }

    /// <summary>What was read before the form stopped, for a form the document cut off.</summary>
    public PartialForm Partial { get; private set; } = new();

    /// <summary>The line after the form's last line (评分等级 and its grade); what follows up to the next form is not part of it.</summary>
    public int EndPosition => _cursor.Position;

    /// <summary>The amounts were printed in 元 (and are converted to 万元).</summary>
    public bool InYuan { get; private set; }

    /// <summary>The form, once read whole.</summary>
    public EvaluationForm? Form { get; private set; }

    /// <summary>分值 on the 总分 line, as printed.</summary>
    public decimal? PrintedWeightTotal { get; private set; }

    public EvaluationForm Parse(FormTitle title)
    {
        var titleLine = Expect(l => FormTitles.Match(l) is not null, "标题“财政项目支出绩效自评表”", "the title 财政项目支出绩效自评表");
        var year = title.LeadingYear is { } leading ? YearOf(titleLine, leading + "年")
            : title.YearText is { } printed ? YearOf(titleLine, printed)
            : YearOf(ExpectYearLine());
        Partial = Partial with { FiscalYear = year };
        var projectName = ReadLabelled("项目名称", "项目名称行", "the 项目名称 (project name) line");
        Partial = Partial with { ProjectName = projectName };
        var (department, unit) = ReadDepartmentAndUnit();
        Partial = Partial with { CompetentDepartment = department, ImplementingUnit = unit };
        var funds = FundsTextReader.Read(_cursor, out var inYuan);
        InYuan = inYuan;
        Partial = Partial with { Funds = funds };
        var goals = GoalsTextReader.Read(_cursor);
        Partial = Partial with { Goals = goals };
        var indicators = ReadIndicators();
        Partial = Partial with { Indicators = indicators };
        var (total, grade) = ReadTotals();

        return Form = new EvaluationForm
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

    private TextLine ExpectYearLine() =>
        Expect(l => FormTitles.IsYearText(l.Compact), "年度行，如“（2024年度）”", "the fiscal year line, e.g. （2024年度）");

    private int YearOf(TextLine line) => YearOf(line, line.Compact);

    /// <summary>The year in "（2024年度）" or "2024年度" on <paramref name="line"/>.</summary>
    private int YearOf(TextLine line, string text)
    {
        var from = text[0] is '（' or '(' ? 1 : 0;
        var digits = text[from..text.IndexOf('年', StringComparison.Ordinal)];
        var year = 0;
        if (digits.Length != 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) || !FiscalYears.IsAccepted(year))
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

    private IReadOnlyList<IndicatorRow> ReadIndicators()
    {
        Expect(
            l => l.StartsWith("一级指标二级指标三级指标"),
            "指标表表头“一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施”",
            "the indicator table header 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施");
        var lines = _cursor.Lines;
        var start = SkipIndicatorHeader(lines, _cursor.Position - 1, _cursor.End);

        var totalLine = start;
        while (totalLine < _cursor.End && !lines[totalLine].StartsWith("总分"))
        {
            totalLine++;
        }

        if (totalLine == _cursor.End)
        {
            // Cut off inside the table: keep the rows that were read whole.
            var section = new IndicatorSectionParser(lines, _cursor.End, _limits.MaxIndicatorsPerForm);
            try
            {
                section.Parse(start);
            }
            catch (TextFormatException)
            {
                // The row the document cut through; the rows before it stand.
            }

            Partial = Partial with { Indicators = [.. section.Rows] };
            Fail(null, "“总分”行", "the 总分 (total) line after the indicator rows");
        }

        var rows = new IndicatorSectionParser(lines, totalLine, _limits.MaxIndicatorsPerForm).Parse(start);
        if (rows.Count == 0)
        {
            Fail(lines[totalLine], "至少一个指标行", "at least one indicator row before 总分");
        }

        _cursor.Position = totalLine;
        return rows;
    }

    private (decimal Total, string? Grade) ReadTotals()
    {
        var totalLine = Expect(l => l.StartsWith("总分"), "“总分”行", "the 总分 (total) line");
        var figures = totalLine.Tokens.Skip(1).ToArray();
        var total = 0m;
        var weights = 0m;
        if (totalLine.Tokens[0] != "总分" || figures.Length != 2
            || !TextCells.TryParseNumber(figures[0], out weights) || !TextCells.TryParseNumber(figures[1], out total))
        {
            Fail(totalLine, "“总分 分值合计 得分合计”，如“总分 100.00 98.00”", "总分 followed by the weights' total and the score, e.g. 总分 100.00 98.00");
        }

        var gradeLine = Expect(l => l.StartsWith("评分等级"), "“评分等级”行", "the 评分等级 (grade) line");
        var grade = gradeLine.Compact["评分等级".Length..];
        if (grade.Length == 0 && !_cursor.AtEnd && _cursor.Lines[_cursor.Position] is { Tokens.Length: 1 } next && next.Compact.Length <= MaxGradeLength)
        {
            // The grade's cell broken onto the next line.
            grade = next.Compact;
            _cursor.Position++;
        }

        PrintedWeightTotal = weights;
        return (total, grade.Length == 0 ? null : grade);
    }

    private TextLine Expect(Func<TextLine, bool> predicate, string expectedZh, string expectedEn) =>
        _cursor.Expect(predicate, expectedZh, expectedEn);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail(TextLine? line, string expectedZh, string expectedEn) => _cursor.Fail(line, expectedZh, expectedEn);
}
