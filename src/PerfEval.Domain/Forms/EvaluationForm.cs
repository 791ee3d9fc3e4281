namespace PerfEval.Domain.Forms;

/// <summary>
/// A performance self-evaluation form as the unit filled it in: a project's (财政项目支出绩效自评表) or, with
/// <see cref="Kind"/> <see cref="FormKind.DepartmentWide"/>, a whole department's (部门整体支出绩效自评表).
/// Every figure is the unit's own claim; the rule engine computes its figures beside them and never overwrites these.
/// </summary>
public sealed record EvaluationForm
{
    /// <summary>A project's form or the department-wide form; a form without it is a project's.</summary>
    public FormKind Kind { get; init; } = FormKind.Project;

    public required FormHeader Header { get; init; }
    public required FundsTable Funds { get; init; }
    public required AnnualGoals Goals { get; init; }
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }

    /// <summary>总分 as printed on the form.</summary>
    public decimal? ClaimedTotal { get; init; }

    /// <summary>评分等级 as printed on the form (优/良/中/差).</summary>
    public string? ClaimedGrade { get; init; }

    /// <summary>The department-wide form's staff and spending figures; null on a project's form.</summary>
    public DepartmentFacts? Department { get; init; }

    /// <summary>
    /// Value equality over every cell, the indicator rows compared in order
    /// (a record's generated equality would compare the list by reference).
    /// </summary>
    public bool Equals(EvaluationForm? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Kind == other.Kind
                && Header == other.Header
                && Funds == other.Funds
                && Goals == other.Goals
                && ClaimedTotal == other.ClaimedTotal
                && ClaimedGrade == other.ClaimedGrade
                && Department == other.Department
                && Indicators.SequenceEqual(other.Indicators)));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(Header);
        hash.Add(Funds);
        hash.Add(Goals);
        hash.Add(ClaimedTotal);
        hash.Add(ClaimedGrade);
        hash.Add(Department);
        foreach (var row in Indicators)
        {
            hash.Add(row);
        }

        return hash.ToHashCode();
    }
}

/// <summary>项目名称, 主管部门, 实施单位, 年度. On the department-wide form the project name is the form's own name
/// (e.g. 部门整体支出) and both the department and the unit are the department filing it.</summary>
public sealed record FormHeader
{
    public required string ProjectName { get; init; }
    public required string CompetentDepartment { get; init; }
    public required string ImplementingUnit { get; init; }
    public required int FiscalYear { get; init; }
}

/// <summary>项目资金 (万元 in the default profile). Only the total row carries weight and score.</summary>
public sealed record FundsTable
{
    /// <summary>年度资金总额.</summary>
    public required FundsRow Total { get; init; }

    /// <summary>其中：当年财政拨款.</summary>
    public required FundsRow CurrentAppropriation { get; init; }

    /// <summary>上年结转资金.</summary>
    public required FundsRow CarryOver { get; init; }

    /// <summary>其他资金.</summary>
    public required FundsRow Other { get; init; }

    /// <summary>分值 of budget execution (10 in the default profile).</summary>
    public decimal Weight { get; init; } = 10m;

    /// <summary>得分 claimed for budget execution.</summary>
    public decimal? ClaimedScore { get; init; }
}

/// <summary>One row of the funds table: 年初预算数, 全年预算数, 全年执行数 and the printed 执行率(%).</summary>
public sealed record FundsRow
{
    public decimal? InitialBudget { get; init; }
    public decimal? FullYearBudget { get; init; }
    public decimal? Executed { get; init; }

    /// <summary>执行率 in percent, as printed (e.g. 99.98).</summary>
    public decimal? ClaimedRate { get; init; }
}

/// <summary>年度总体目标: 预期目标 and 实际完成情况, free text.</summary>
public sealed record AnnualGoals
{
    public string Expected { get; init; } = "";
    public string Actual { get; init; } = "";
}

/// <summary>
/// One level-3 indicator with its level-1 and level-2 headings.
/// Target and actual keep the text as written (e.g. "≥8000.00(人)", "达成年度指标"); the domain parses them when scoring.
/// </summary>
public sealed record IndicatorRow
{
    /// <summary>一级指标, e.g. 产出指标.</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标, e.g. 数量指标.</summary>
    public required string Level2 { get; init; }

    /// <summary>三级指标: the indicator's name.</summary>
    public required string Name { get; init; }

    /// <summary>年度指标值 as written.</summary>
    public required string Target { get; init; }

    /// <summary>实际完成值 as written.</summary>
    public required string Actual { get; init; }

    /// <summary>分值.</summary>
    public required decimal Weight { get; init; }

    /// <summary>得分 claimed by the unit.</summary>
    public decimal? ClaimedScore { get; init; }

    /// <summary>偏差原因分析及改进措施; null or empty when the cell is empty.</summary>
    public string? DeviationReason { get; init; }

    /// <summary>The target parsed (a method, so that it is not part of the serialized contract).</summary>
    public Measure ParseTarget() => Measure.Parse(Target);

    /// <summary>The actual parsed.</summary>
    public Measure ParseActual() => Measure.Parse(Actual);

    public bool HasDeviationReason() => !string.IsNullOrWhiteSpace(DeviationReason);
}
