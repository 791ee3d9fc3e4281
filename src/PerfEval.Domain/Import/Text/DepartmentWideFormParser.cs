using System.Text.RegularExpressions;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// The department-wide form 部门（单位）整体支出绩效自评表 (the central template's and the regional copies), read as the
/// central template's stream of cells with its own header and budget table: 部门（单位）名称 (or 主管部门) and 年度 (or
/// the year with the title); 年度预算执行情况（万元） with 年度资金总额 (or 年度预算总额), 按收入性质分 财政拨款, 上年结转,
/// 其他资金 and 按支出性质分 基本支出, 项目支出 (side by side or one under the other); the department's figures
/// (编制数, 在职人员数, 本年度/上年度“三公”经费, 重点项目支出, 项目支出合计) when printed; then the goals, the indicator
/// table (投入指标 and 过程指标 among the level-1 headings) and 总分 as the central template has them, and 评分等级.
/// The header's project name is 部门整体支出; the department is both the competent department and the unit.
/// </summary>
internal sealed partial class DepartmentWideFormParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits)
    : CentralFormParser(lines, start, end, limits)
{
    /// <summary>The header's project name on every department-wide form.</summary>
    public const string ProjectName = "部门整体支出";

    private static readonly string[] NameLabels = ["部门（单位）名称", "部门(单位)名称", "部门名称", "单位名称", "主管部门"];
    private static readonly string[] IgnoredLabels = ["实施单位", "填报单位", "单位负责人", "联系人", "联系电话"];

    /// <summary>The rows of the budget table, by the labels printed (after 其中：), and what each is.</summary>
    private static readonly (string Label, BudgetRow Row)[] BudgetLabels =
    [
        ("年度资金总额", BudgetRow.Total), ("年度预算总额", BudgetRow.Total), ("资金总额", BudgetRow.Total),
        ("当年财政拨款", BudgetRow.Appropriation), ("本年财政拨款", BudgetRow.Appropriation), ("财政拨款", BudgetRow.Appropriation),
        ("上年结转资金", BudgetRow.CarryOver), ("上年结转", BudgetRow.CarryOver),
        ("其他资金", BudgetRow.Other),
        ("一般公共预算", BudgetRow.GeneralPublic), ("政府性基金预算", BudgetRow.GovernmentFund), ("国有资本经营预算", BudgetRow.StateCapital),
        ("财政专户管理资金", BudgetRow.SpecialAccount), ("单位资金", BudgetRow.UnitFunds),
        ("基本支出", BudgetRow.Basic), ("项目支出", BudgetRow.Project),
        ("按收入性质分", BudgetRow.Group), ("按支出性质分", BudgetRow.Group),
    ];

    /// <summary>The department's figures, by their labels (quotes and units taken off).</summary>
    private static readonly (string Label, Fact Fact)[] FactLabels =
    [
        ("编制数", Fact.Authorized), ("编制人数", Fact.Authorized),
        ("在职人员数", Fact.Actual), ("实有在职人数", Fact.Actual), ("实有人数", Fact.Actual), ("在职人数", Fact.Actual),
        ("本年度三公经费", Fact.ThreePublicCurrent), ("本年三公经费", Fact.ThreePublicCurrent),
        ("上年度三公经费", Fact.ThreePublicPrevious), ("上年三公经费", Fact.ThreePublicPrevious),
        ("重点项目支出", Fact.Key), ("重点支出", Fact.Key),
        ("项目支出合计", Fact.Project),
    ];

    private enum BudgetRow
    {
        Total,
        Appropriation,
        CarryOver,
        Other,
        GeneralPublic,
        GovernmentFund,
        StateCapital,
        SpecialAccount,
        UnitFunds,
        Basic,
        Project,
        Group,
    }

    private enum Fact
    {
        Authorized,
        Actual,
        ThreePublicCurrent,
        ThreePublicPrevious,
        Key,
        Project,
    }

    /// <summary>Whether a 金额单位 line above the table says 元.</summary>
    private bool _unitInYuan;

    protected override FormKind Kind => FormKind.DepartmentWide;

    /// <summary>The year with the title or as a 年度 field, and the department's name (部门（单位）名称 or 主管部门).</summary>
    protected override FormHeader ReadHeader(FormTitle title)
    {
        var year = ReadYear(title);
        Partial = Partial with { FiscalYear = year, ProjectName = ProjectName };
        string? name = null;
        while (_at < _cells.Count && !IsBudgetLabel(_cells[_at].Text))
        {
            var cell = _cells[_at++];
            if (YearField().Match(cell.Text) is { Success: true } field)
            {
                var text = field.Groups[1].Value;
                if (text.Length == 0 && _at < _cells.Count && YearValue().IsMatch(_cells[_at].Text))
                {
                    text = _cells[_at++].Text;
                }

                year ??= text.Length == 0 ? null : ParseYear(text, _lines[cell.Line]);
                Partial = Partial with { FiscalYear = year };
                continue;
            }

            if (year is null && (FormTitles.IsYearText(cell.Text) || YearValue().IsMatch(cell.Text)))
            {
                year = ParseYear(cell.Text, _lines[cell.Line]);
                Partial = Partial with { FiscalYear = year };
                continue;
            }

            if (AmountUnit().Match(cell.Text) is { Success: true } unit)
            {
                // "金额单位：万元" above the table: the budget table's label says it again, or else this does.
                _unitInYuan = unit.Groups[1].Value == "元";
                continue;
            }

            if (NameLabels.FirstOrDefault(l => cell.Text.StartsWith(l, StringComparison.Ordinal)) is { } label)
            {
                var value = FieldValue(cell, label);
                if (value.Length == 0)
                {
                    throw Error(_at < _cells.Count ? _cells[_at] : null, "部门（单位）名称的内容", "the department's name");
                }

                name ??= value;
                Partial = Partial with { CompetentDepartment = name, ImplementingUnit = name };
                continue;
            }

            if (IgnoredLabels.FirstOrDefault(l => cell.Text.StartsWith(l, StringComparison.Ordinal)) is { } ignored)
            {
                FieldValue(cell, ignored);
                continue;
            }

            throw Error(cell, "部门（单位）名称", "the 部门（单位）名称 (department) line");
        }

        if (name is null)
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "部门（单位）名称", "the 部门（单位）名称 (department) line");
        }

        if (year is null)
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "年度，如“（2024年度）”", "the fiscal year, e.g. （2024年度）");
        }

        return new FormHeader { ProjectName = ProjectName, CompetentDepartment = name, ImplementingUnit = name, FiscalYear = year.Value };
    }

    /// <summary>A label's text: what is glued to it, and the cells up to the next label or the budget table.</summary>
    private string FieldValue(Cell cell, string label)
    {
        var parts = new List<string>();
        var glued = cell.Text[label.Length..].TrimStart(':', '：');
        if (glued.Length > 0)
        {
            parts.Add(glued);
        }

        while (_at < _cells.Count && !IsBudgetLabel(_cells[_at].Text) && !IsHeaderLabel(_cells[_at].Text))
        {
            parts.Add(_cells[_at++].Text);
        }

        return string.Join(' ', parts);
    }

    private static bool IsHeaderLabel(string text) =>
        YearField().IsMatch(text) || AmountUnit().IsMatch(text) || FormTitles.IsYearText(text) || NameLabels.Any(l => text.StartsWith(l, StringComparison.Ordinal)) || IgnoredLabels.Any(l => text.StartsWith(l, StringComparison.Ordinal));

    private static bool IsBudgetLabel(string text) => text.StartsWith("年度预算执行情况", StringComparison.Ordinal) || text.StartsWith("年度资金总额", StringComparison.Ordinal);

    /// <summary>
    /// 年度预算执行情况（万元）: the column headers, then the rows: the total with its weight, rate and score, the income
    /// rows (财政拨款, 上年结转, 其他资金) and the expenditure rows (基本支出, 项目支出) side by side or one under the
    /// other, blank cells left out; then the department's figures.
    /// </summary>
    protected override (FundsTable Funds, DepartmentFacts? Facts) ReadBudget()
    {
        if (_at >= _cells.Count)
        {
            throw Error(null, "年度预算执行情况（万元）", "the 年度预算执行情况 (budget execution) table");
        }

        var unitText = "";
        if (_cells[_at].Text.StartsWith("年度预算执行情况", StringComparison.Ordinal))
        {
            unitText = _cells[_at++].Text;
        }

        while (_at < _cells.Count && BudgetLabel(_cells[_at].Text) is null)
        {
            if (_cells[_at].Text.StartsWith("年度总体目标", StringComparison.Ordinal) || IsFactLabel(_cells[_at].Text))
            {
                throw Error(_cells[_at], "预算执行表“年度资金总额”行", "the budget table's 年度资金总额 row");
            }

            unitText += _cells[_at++].Text;
        }

        var inYuan = unitText.Contains("（元）", StringComparison.Ordinal) || unitText.Contains("(元)", StringComparison.Ordinal)
            || (_unitInYuan && !unitText.Contains("万元", StringComparison.Ordinal));
        var rows = new Dictionary<BudgetRow, decimal?[]>();
        while (_at < _cells.Count && BudgetLabel(_cells[_at].Text) is { } label)
        {
            var cell = _cells[_at++];
            var figures = new List<string>();
            var rest = Bare(cell.Text)[label.Label.Length..].TrimStart(':', '：');
            if (rest.Length > 0)
            {
                figures.Add(rest);
            }

            while (_at < _cells.Count && IsFigure(_cells[_at].Text))
            {
                figures.Add(_cells[_at++].Text);
            }

            if (label.Row != BudgetRow.Group)
            {
                rows[label.Row] = Figures(figures, label.Row == BudgetRow.Total, cell);
            }
        }

        if (!rows.TryGetValue(BudgetRow.Total, out var total))
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "预算执行表“年度资金总额”行", "the budget table's 年度资金总额 row");
        }

        decimal? Scale(decimal? value) => inYuan && value is { } v ? Math.Round(v / 10000m, 6) : value;
        FundsRow Row(BudgetRow key) => rows.TryGetValue(key, out var f)
            ? new FundsRow { InitialBudget = Scale(f[0]), FullYearBudget = Scale(f[1]), Executed = Scale(f[2]), ClaimedRate = f[4] }
            : new FundsRow();

        if (inYuan)
        {
            _findings.Add(ImportFindings.Yuan());
        }

        var funds = new FundsTable
        {
            Total = Row(BudgetRow.Total),
            CurrentAppropriation = Merged(rows, Row, AppropriationRows, FundsTarget.Appropriation),
            CarryOver = Row(BudgetRow.CarryOver),
            Other = Merged(rows, Row, OtherRows, FundsTarget.Other),
            Weight = total[3] ?? 10m,
            ClaimedScore = total[5],
        };
        CheckTotalAgainstRows(funds);
        Partial = Partial with { Funds = funds };

        var facts = ReadFacts(inYuan);
        var projectRow = rows.TryGetValue(BudgetRow.Project, out var p) ? Scale(p[1]) : null;
        if (projectRow is not null && facts?.ProjectExpenditure is null)
        {
            facts = (facts ?? new DepartmentFacts()) with { ProjectExpenditure = projectRow };
        }

        Partial = Partial with { Department = facts };
        if (_at < _cells.Count && !_cells[_at].Text.StartsWith("年度总体", StringComparison.Ordinal))
        {
            throw Error(
                _cells[_at],
                "预算执行表的行（年度资金总额、财政拨款、上年结转、其他资金、一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金、单位资金、基本支出、项目支出）、部门基本数据或“年度总体目标”",
                "a row of the budget table (年度资金总额, 财政拨款, 上年结转, 其他资金, 一般公共预算, 政府性基金预算, 国有资本经营预算, 财政专户管理资金, 单位资金, 基本支出, 项目支出), the department's figures or 年度总体目标");
        }

        return (funds, facts);
    }

    /// <summary>
    /// The income rows of the newer template (from 2021) onto the platform's funds rows: 一般公共预算, 政府性基金预算 and
    /// 国有资本经营预算 (the government's three budgets) are 财政拨款; 财政专户管理资金 and 单位资金 are 其他资金. A 财政拨款
    /// row printed with the three budgets is their total, so they are its breakdown and not added to it.
    /// </summary>
    private static readonly BudgetRow[] AppropriationRows = [BudgetRow.Appropriation, BudgetRow.GeneralPublic, BudgetRow.GovernmentFund, BudgetRow.StateCapital];

    private static readonly BudgetRow[] OtherRows = [BudgetRow.Other, BudgetRow.SpecialAccount, BudgetRow.UnitFunds];

    private enum FundsTarget
    {
        Appropriation,
        Other,
    }

    /// <summary>
    /// The platform's row for a group of printed rows: the one row that holds amounts as printed (with its rate), or the
    /// sum of those that do, without a rate (none is printed for the sum) and said (<c>IMPORT_FUNDS_ROWS_MERGED</c>),
    /// so that the rows still add up to 年度资金总额.
    /// </summary>
    private FundsRow Merged(Dictionary<BudgetRow, decimal?[]> rows, Func<BudgetRow, FundsRow> row, BudgetRow[] group, FundsTarget target)
    {
        var printed = group.Where(rows.ContainsKey).ToList();
        if (target == FundsTarget.Appropriation && printed.Contains(BudgetRow.Appropriation))
        {
            return row(BudgetRow.Appropriation);
        }

        var holding = printed.Where(k => rows[k].Take(3).Any(v => v is not null and not 0m)).ToList();
        if (holding.Count == 1 || (holding.Count == 0 && printed.Count == 1))
        {
            return row(holding.Count == 1 ? holding[0] : printed[0]);
        }

        if (holding.Count == 0)
        {
            return printed.Count == 0 ? new FundsRow() : Sum(printed.Select(row).ToList());
        }

        _findings.Add(ImportFindings.FundsRowsMerged(
            holding.Select(k => BudgetLabels.First(l => l.Row == k).Label).ToList(),
            target == FundsTarget.Appropriation ? "currentAppropriation" : "other"));
        return Sum(holding.Select(row).ToList());

        static FundsRow Sum(List<FundsRow> parts)
        {
            static decimal? Add(IEnumerable<decimal?> values) => values.Aggregate((decimal?)null, (a, v) => v is null ? a : (a ?? 0m) + v);
            return new FundsRow
            {
                InitialBudget = Add(parts.Select(p => p.InitialBudget)),
                FullYearBudget = Add(parts.Select(p => p.FullYearBudget)),
                Executed = Add(parts.Select(p => p.Executed)),
            };
        }
    }

    /// <summary>
    /// The department's figures (a 部门基本数据 heading, then label and figure pairs), or null when the form prints none.
    /// Amounts labelled in 元, or unlabelled in a budget table in 元, are converted to 万元.
    /// </summary>
    private DepartmentFacts? ReadFacts(bool tableInYuan)
    {
        if (_at < _cells.Count && _cells[_at].Text.StartsWith("部门基本", StringComparison.Ordinal))
        {
            _at++;
        }

        var values = new Dictionary<Fact, decimal?>();
        while (_at < _cells.Count && FactLabel(_cells[_at].Text) is { } label)
        {
            var cell = _cells[_at++];
            var rest = Normalised(cell.Text)[label.Label.Length..].TrimStart(':', '：');
            string? text = rest.Length > 0 ? rest : null;
            if (text is null && _at < _cells.Count && IsFigure(_cells[_at].Text))
            {
                text = _cells[_at++].Text;
            }

            decimal? value = text is null || TextCells.IsDash(text) ? null
                : TextCells.TryParseNumber(text, out var number) ? number
                : throw Error(cell, $"“{label.Label}”的数值", $"a figure for {label.Label}");
            if ((label.Fact is Fact.Authorized or Fact.Actual) && value is { } staff && staff != decimal.Truncate(staff))
            {
                throw Error(cell, $"“{label.Label}”：整数人数", $"a whole number of staff for {label.Label}");
            }

            var inYuan = cell.Text.Contains("（元）", StringComparison.Ordinal) || cell.Text.Contains("(元)", StringComparison.Ordinal)
                || (tableInYuan && !cell.Text.Contains("万元", StringComparison.Ordinal));
            values[label.Fact] = inYuan && label.Fact is not (Fact.Authorized or Fact.Actual) && value is { } amount ? Math.Round(amount / 10000m, 6) : value;
        }

        if (values.Count == 0)
        {
            return null;
        }

        int? Staff(Fact fact) => values.GetValueOrDefault(fact) is { } v && v <= int.MaxValue ? (int)v : null;
        return new DepartmentFacts
        {
            AuthorizedStaff = Staff(Fact.Authorized),
            ActualStaff = Staff(Fact.Actual),
            ThreePublicCurrent = values.GetValueOrDefault(Fact.ThreePublicCurrent),
            ThreePublicPrevious = values.GetValueOrDefault(Fact.ThreePublicPrevious),
            KeyExpenditure = values.GetValueOrDefault(Fact.Key),
            ProjectExpenditure = values.GetValueOrDefault(Fact.Project),
        };
    }

    /// <summary>评分等级 (or 自评等级, 评价等级) and the grade after the total line; the form's end moves past it.</summary>
    protected override string? ReadGrade()
    {
        if (_at >= _cells.Count || GradeLabel().Match(_cells[_at].Text) is not { Success: true } label)
        {
            return null;
        }

        var cell = _cells[_at++];
        var grade = label.Groups[1].Value;
        if (grade.Length == 0 && _at < _cells.Count && _cells[_at].Line == cell.Line)
        {
            grade = _cells[_at++].Text;
        }
        else if (grade.Length == 0 && _at < _cells.Count && Grades.Contains(_cells[_at].Text))
        {
            grade = _cells[_at++].Text;
        }

        EndPosition = Math.Min(_end, _cells[_at - 1].Line + 1);
        return grade.Length == 0 ? null : grade;
    }

    private static readonly string[] Grades = ["优", "良", "中", "差", "优秀", "良好", "合格", "不合格"];

    protected override Match Level1Heading(string text) => DepartmentLevel1Heading().Match(text);

    protected override bool IsLevel2(string text) => base.IsLevel2(text) || IndicatorHeadings.DepartmentLevel2.Contains(text);

    /// <summary>"其中：财政拨款" → "财政拨款"; a trailing colon kept for the caller to drop.</summary>
    private static string Bare(string text) => text.StartsWith("其中", StringComparison.Ordinal) ? text[2..].TrimStart(':', '：') : text;

    private static (string Label, BudgetRow Row)? BudgetLabel(string text)
    {
        var bare = Bare(text);
        foreach (var (label, row) in BudgetLabels)
        {
            if (bare.StartsWith(label, StringComparison.Ordinal))
            {
                var rest = bare[label.Length..].TrimStart(':', '：');
                return rest.Length == 0 || IsFigure(rest) ? (label, row) : null;
            }
        }

        return null;
    }

    /// <summary>A label of the department's figures without its quotes and unit: “三公”经费（万元） → 三公经费.</summary>
    private static string Normalised(string text)
    {
        var plain = new string(text.Where(c => c is not ('“' or '”' or '"' or '‘' or '’' or '\'')).ToArray());
        return Unit().Replace(plain, "");
    }

    private static bool IsFactLabel(string text) => FactLabel(text) is not null;

    private static (string Label, Fact Fact)? FactLabel(string text)
    {
        var normalised = Normalised(text);
        foreach (var (label, fact) in FactLabels)
        {
            if (normalised.StartsWith(label, StringComparison.Ordinal))
            {
                var rest = normalised[label.Length..].TrimStart(':', '：');
                return rest.Length == 0 || IsFigure(rest) ? (label, fact) : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(投入指标|过程指标|产出指标|效益指标|效果指标|满意度指标|成本指标)(?:[（(](\d{1,3}(?:\.\d+)?)分[）)])?$")]
    private static partial Regex DepartmentLevel1Heading();

    /// <summary>"年度", "年度：2024", "填报年度2024年": the year as a field of the header.</summary>
    [GeneratedRegex(@"^(?:填报|评价|自评)?年度[:：]?(\d{4}年?度?)?$")]
    private static partial Regex YearField();

    [GeneratedRegex(@"^\d{4}年?度?$")]
    private static partial Regex YearValue();

    /// <summary>"金额单位：万元", "单位：元": the unit of the amounts, printed above the table.</summary>
    [GeneratedRegex(@"^(?:金额)?单位[:：](万元|元)$")]
    private static partial Regex AmountUnit();

    /// <summary>"（万元）", "(人)": the unit printed with a figure's label.</summary>
    [GeneratedRegex(@"[（(](?:万元|元|人|个)[）)]")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:评分等级|自评等级|评价等级|等级)[:：]?(.*)$")]
    private static partial Regex GradeLabel();
}
