using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Hubei's 财政项目绩效自评表, read a row per line, as OCR and the PDF reader give it: 填报日期 and 总分 above the form;
/// 项目名称; 主管部门 and 项目实施单位; the tick boxes of 项目类别, 项目属性 and 项目类型 (skipped); 预算执行情况（20分）
/// with 年度财政资金总额 (预算数, 执行数, 执行率, 得分 = 20 × 执行率); the indicator table (一级指标 with its weight,
/// 二级指标, 三级指标, 年初目标值, 实际完成值, 分值, 得分, 未完成原因), the targets worth 80; 合计 with the weights' total
/// and the score. OCR noise is taken off every cell first: checkbox and tick glyphs (☑ □ ✔), full-width digits.
/// </summary>
internal sealed partial class HubeiFormParser
{
    private static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "分值", "得分"];
    private static readonly string[] TickBoxLines = ["项目类别", "项目属性", "项目类型"];

    /// <summary>The short level-2 names of Hubei's template ("数量" for 数量指标).</summary>
    private static readonly Dictionary<string, string> ShortLevel2 = new()
    {
        ["数量"] = "数量指标",
        ["质量"] = "质量指标",
        ["时效"] = "时效指标",
        ["成本"] = "成本指标",
        ["经济效益"] = "经济效益指标",
        ["社会效益"] = "社会效益指标",
        ["生态效益"] = "生态效益指标",
        ["可持续影响"] = "可持续影响指标",
        ["服务对象满意度"] = "服务对象满意度指标",
    };

    private readonly IReadOnlyList<TextLine> _lines;
    private readonly int _end;
    private readonly ImportLimits _limits;
    private readonly List<Finding> _findings = [];
    private int _at;

    public HubeiFormParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits)
    {
        _lines = lines;
        _at = start;
        _end = end;
        _limits = limits;
    }

    public PartialForm Partial { get; private set; } = new();

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The line after 合计; what follows (填报人, 联系电话) is not part of the form.</summary>
    public int EndPosition => _at;

    public EvaluationForm Parse(FormTitle title)
    {
        var titleLine = _lines[_at++];
        var yearText = title.LeadingYear is { } leading ? leading + "年" : title.YearText;
        if (yearText is null && _at < _end && FormTitles.IsYearText(_lines[_at].Compact))
        {
            yearText = _lines[_at++].Compact;
        }

        var year = Year(titleLine, yearText);
        Partial = Partial with { FiscalYear = year };

        // 填报日期 and 总分 above the form.
        decimal? topTotal = null;
        while (_at < _end && !Cells(_lines[_at]).FirstOrDefault("").StartsWith("项目名称", StringComparison.Ordinal))
        {
            topTotal ??= TopTotal(Cells(_lines[_at]));
            _at++;
        }

        var projectName = Labelled(Next("项目名称", "the 项目名称 (project name) line"), "项目名称", [], "项目名称", "the 项目名称 (project name)");
        Partial = Partial with { ProjectName = projectName };
        var unitLine = Next("主管部门", "the 主管部门 … 项目实施单位 … line");
        var department = Labelled(unitLine, "主管部门", ["项目实施单位", "实施单位"], "主管部门", "the 主管部门 (department)");
        var unitCells = Cells(unitLine).SkipWhile(c => !c.StartsWith("项目实施单位", StringComparison.Ordinal) && !c.StartsWith("实施单位", StringComparison.Ordinal)).ToList();
        var unitLabel = unitCells.FirstOrDefault("").StartsWith("项目实施单位", StringComparison.Ordinal) ? "项目实施单位" : "实施单位";
        var unit = unitCells.Count == 0 ? Fail<string>(unitLine, "项目实施单位", "the 项目实施单位 (implementing unit)") : Labelled(unitCells, unitLine, unitLabel, "项目实施单位", "the 项目实施单位 (implementing unit)");
        Partial = Partial with { CompetentDepartment = department, ImplementingUnit = unit };

        while (_at < _end && TickBoxLines.Any(l => _lines[_at].Compact.StartsWith(l, StringComparison.Ordinal)))
        {
            _at++;
        }

        var funds = ReadFunds();
        Partial = Partial with { Funds = funds, Goals = new AnnualGoals() };
        var (rows, weightTotal, total) = ReadIndicators();

        var unscored = rows.All(r => r.ClaimedScore is null);
        if (unscored)
        {
            _findings.Add(ImportFindings.UnscoredForm(rows.Count));
        }

        var form = new EvaluationForm
        {
            Header = new FormHeader { ProjectName = projectName, CompetentDepartment = department, ImplementingUnit = unit, FiscalYear = year },
            Funds = unscored ? funds with { ClaimedScore = null } : funds,
            Goals = new AnnualGoals(),
            Indicators = rows,
            ClaimedTotal = unscored ? null : total ?? topTotal,
            ClaimedGrade = null,
        };
        _findings.AddRange(ImportFindings.Of(form, weightTotal));
        return form;
    }

    /// <summary>A line's cells with OCR noise taken off; a lone glyph leaves nothing.</summary>
    private static List<string> Cells(TextLine line) =>
        [.. line.Tokens.Select(RegionalCells.Clean).Where(c => c.Length > 0)];

    private static decimal? TopTotal(List<string> cells)
    {
        var at = cells.FindIndex(c => c.StartsWith("总分", StringComparison.Ordinal));
        if (at < 0)
        {
            return null;
        }

        var text = string.Concat(cells.Skip(at))["总分".Length..].TrimStart(':', '：');
        var figure = Figure().Match(text);
        return figure.Success && TextCells.TryParseNumber(figure.Value, out var total) ? total : null;
    }

    private static int Year(TextLine line, string? text)
    {
        var digits = YearDigits().Match(text ?? "");
        if (!digits.Success || !int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !FiscalYears.IsAccepted(year))
        {
            return Fail<int>(line, "四位年份，如“（2024年度）”", "a four-digit year, e.g. （2024年度）");
        }

        return year;
    }

    private TextLine Next(string label, string expectedEn)
    {
        if (_at >= _end)
        {
            throw CutOff(label, expectedEn);
        }

        var line = _lines[_at];
        if (!line.Compact.StartsWith(label, StringComparison.Ordinal))
        {
            Fail<int>(line, label, expectedEn);
        }

        _at++;
        return line;
    }

    private static string Labelled(TextLine line, string label, string[] next, string expectedZh, string expectedEn)
    {
        var cells = Cells(line).TakeWhile((c, i) => i == 0 || !next.Any(n => c.StartsWith(n, StringComparison.Ordinal))).ToList();
        return Labelled(cells, line, label, expectedZh, expectedEn);
    }

    private static string Labelled(List<string> cells, TextLine line, string label, string expectedZh, string expectedEn)
    {
        var parts = new List<string>();
        var glued = cells[0][Math.Min(cells[0].Length, label.Length)..].TrimStart(':', '：');
        if (glued.Length > 0)
        {
            parts.Add(glued);
        }

        parts.AddRange(cells.Skip(1));
        return parts.Count == 0 ? Fail<string>(line, $"{expectedZh}的内容", $"the text of {expectedEn}") : string.Join(' ', parts);
    }

    /// <summary>预算执行情况（万元）（20分）, then 年度财政资金总额 预算数 执行数 执行率 [得分].</summary>
    private FundsTable ReadFunds()
    {
        var heading = Next("预算执行情况", "the 预算执行情况 (budget execution) header");
        var inYuan = heading.Compact.Contains("(元)", StringComparison.Ordinal) || heading.Compact.Contains("（元）", StringComparison.Ordinal);
        var weight = HeadingWeight(heading.Compact) is { } printed ? printed : 20m;
        var totalLine = Next("年度财政资金总额", "the 年度财政资金总额 (total funds) row");
        var figures = new List<string>();
        var cells = Cells(totalLine);
        var glued = cells[0]["年度财政资金总额".Length..].TrimStart(':', '：');
        foreach (var cell in (glued.Length > 0 ? [glued] : Array.Empty<string>()).Concat(cells.Skip(1)))
        {
            if (cell == "%" && figures.Count > 0)
            {
                // OCR split "95.00 %".
                figures[^1] += "%";
            }
            else if (RegionalCells.IsFigure(cell))
            {
                figures.Add(cell);
            }
        }

        if (figures.Count < 2)
        {
            Fail<int>(totalLine, "年度财政资金总额的预算数和执行数", "the 预算数 (budget) and 执行数 (executed) of 年度财政资金总额");
        }

        decimal? Scale(decimal? value) => inYuan && value is { } v ? Math.Round(v / 10000m, 6) : value;
        if (inYuan)
        {
            _findings.Add(ImportFindings.Yuan());
        }

        return new FundsTable
        {
            Total = new FundsRow
            {
                FullYearBudget = Scale(RegionalCells.Figure(figures[0])),
                Executed = Scale(RegionalCells.Figure(figures[1])),
                ClaimedRate = figures.Count > 2 ? RegionalCells.Figure(figures[2]) : null,
            },
            CurrentAppropriation = new FundsRow(),
            CarryOver = new FundsRow(),
            Other = new FundsRow(),
            Weight = weight,
            ClaimedScore = figures.Count > 3 ? RegionalCells.Figure(figures[3]) : null,
        };
    }

    private (List<IndicatorRow> Rows, decimal? WeightTotal, decimal? Total) ReadIndicators()
    {
        while (_at < _end && !_lines[_at].Compact.StartsWith("一级指标", StringComparison.Ordinal) && _lines[_at].Compact.StartsWith("其中", StringComparison.Ordinal))
        {
            _at++;
        }

        var header = Next("一级指标", "the indicator table header 一级指标 二级指标 三级指标 年初目标值 实际完成值 分值 得分");
        if (!header.Compact.StartsWith(string.Concat(IndicatorHeader), StringComparison.Ordinal))
        {
            Fail<int>(header, "指标表表头“一级指标 二级指标 三级指标 年初目标值 实际完成值 分值 得分 未完成原因”", "the indicator table header 一级指标 二级指标 三级指标 年初目标值 实际完成值 分值 得分 未完成原因");
        }

        var rows = new List<IndicatorRow>();
        var headingWeights = new List<(string Heading, decimal Weight)>();
        string? level1 = null;
        string? level2 = null;
        while (_at < _end && !IsTotal(_lines[_at]))
        {
            var line = _lines[_at];
            var cells = Cells(line);
            var i = 0;
            if (i < cells.Count && Level1().Match(cells[i]) is { Success: true } heading)
            {
                level1 = heading.Groups[1].Value;
                level2 = null;
                i++;
                var weightText = heading.Groups[2].Success ? heading.Groups[2].Value : i < cells.Count && HeadingWeightAlone().Match(cells[i]) is { Success: true } alone ? alone.Groups[1].Value : null;
                if (weightText is not null)
                {
                    i += heading.Groups[2].Success ? 0 : 1;
                    headingWeights.Add((level1, decimal.Parse(weightText, CultureInfo.InvariantCulture)));
                }
            }

            if (i < cells.Count && (IndicatorHeadings.Level2.Contains(cells[i]) || ShortLevel2.ContainsKey(cells[i]) || (cells[i] == level1 && level2 is null)))
            {
                level2 = ShortLevel2.GetValueOrDefault(cells[i], cells[i]);
                i++;
            }

            _at++;
            if (i == cells.Count)
            {
                continue;
            }

            if (level1 is null || level2 is null)
            {
                Fail<int>(line, "一级指标和二级指标", "a level-1 and a level-2 heading before the row");
            }

            if (rows.Count >= _limits.MaxIndicatorsPerForm)
            {
                Fail<int>(line, $"不超过{_limits.MaxIndicatorsPerForm}个指标", $"at most {_limits.MaxIndicatorsPerForm} indicators per form");
            }

            rows.Add(Row(line, level1!, level2!, cells.Skip(i).ToList()));
            Partial = Partial with { Indicators = [.. rows] };
        }

        if (_at >= _end)
        {
            throw CutOff("“合计”行", "the 合计 (total) line after the indicator rows");
        }

        if (rows.Count == 0)
        {
            Fail<int>(_lines[_at], "至少一个指标行", "at least one indicator row before 合计");
        }

        foreach (var (heading, weight) in headingWeights)
        {
            var sum = rows.Where(r => r.Level1 == heading).Sum(r => r.Weight);
            if (sum != weight)
            {
                _findings.Add(ImportFindings.HeadingWeightDiffers(heading, weight, sum));
            }
        }

        var totalCells = Cells(_lines[_at++]);
        var figures = new List<decimal>();
        var glued = totalCells[0][2..].TrimStart(':', '：');
        foreach (var cell in (glued.Length > 0 ? [glued] : Array.Empty<string>()).Concat(totalCells.Skip(1)))
        {
            if (figures.Count < 2 && TextCells.TryParseNumber(cell.TrimEnd('分'), out var figure))
            {
                figures.Add(figure);
            }
        }

        return (rows, figures.Count > 0 ? figures[0] : null, figures.Count > 1 ? figures[1] : null);
    }

    /// <summary>三级指标, 年初目标值, then 实际完成值 (text or a figure; blank or instructions when unscored), 分值, 得分, 未完成原因.</summary>
    private static IndicatorRow Row(TextLine line, string level1, string level2, List<string> cells)
    {
        if (cells.Count < 3)
        {
            Fail<int>(line, "指标行（三级指标 年初目标值 实际完成值 分值 得分）", "an indicator row (name, target, actual, weight, score)");
        }

        var name = cells[0];
        var target = cells[1];
        var rest = cells.Skip(2).ToList();
        var runAt = rest.FindIndex(TextCells.IsNumber);
        if (runAt < 0)
        {
            Fail<int>(line, "指标行的分值", "the row's 分值 (weight)");
        }

        var words = rest.Take(runAt).Where(w => !RegionalCells.IsInstruction(w)).ToList();
        var numbers = rest.Skip(runAt).TakeWhile(TextCells.IsNumber).Take(3).ToList();
        var reason = rest.Skip(runAt + numbers.Count).Where(w => !RegionalCells.IsInstruction(w)).ToList();
        string? actual = words.Count > 0 ? string.Concat(words) : null;
        decimal weight;
        decimal? score = null;
        switch (numbers.Count)
        {
            case 3 when actual is null:
                actual = numbers[0];
                weight = Number(numbers[1]);
                score = Number(numbers[2]);
                break;
            case 3:
                // Text then three figures: the first is the weight, the score follows; the third figure is in the reason.
                weight = Number(numbers[0]);
                score = Number(numbers[1]);
                reason.Insert(0, numbers[2]);
                break;
            case 2 when actual is not null:
                weight = Number(numbers[0]);
                score = Number(numbers[1]);
                break;
            case 2:
                actual = numbers[0];
                weight = Number(numbers[1]);
                break;
            default:
                weight = Number(numbers[0]);
                break;
        }

        return new IndicatorRow
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Actual = actual ?? "",
            Weight = weight,
            ClaimedScore = score,
            DeviationReason = reason.Count == 0 ? null : string.Join(' ', reason),
        };

        static decimal Number(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static bool IsTotal(TextLine line) =>
        line.Compact.StartsWith("合计", StringComparison.Ordinal) || line.Compact.StartsWith("总分", StringComparison.Ordinal) || line.Compact.StartsWith("总计", StringComparison.Ordinal);

    private static decimal? HeadingWeight(string compact) =>
        HeadingWeightInside().Match(compact) is { Success: true } m ? decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private TextFormatException CutOff(string expectedZh, string expectedEn) =>
        TextFormatException.CutOffAfter(_lines[_end - 1], expectedZh, expectedEn);

    private static T Fail<T>(TextLine line, string expectedZh, string expectedEn) =>
        throw TextFormatException.At(line, expectedZh, expectedEn);

    [GeneratedRegex(@"^(产出指标|效益指标|满意度指标|成本指标)(?:[（(](\d{1,3}(?:\.\d+)?)分[）)])?$")]
    private static partial Regex Level1();

    [GeneratedRegex(@"^[（(](\d{1,3}(?:\.\d+)?)分[）)]$")]
    private static partial Regex HeadingWeightAlone();

    [GeneratedRegex(@"[（(](\d{1,3}(?:\.\d+)?)分[）)]")]
    private static partial Regex HeadingWeightInside();

    [GeneratedRegex(@"^\d[\d.,]*")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearDigits();
}
