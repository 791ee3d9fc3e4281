namespace PerfEval.Domain.Forms;

/// <summary>
/// The figures a department-wide form (部门整体支出绩效自评表) reports beside its budget, from which the common
/// indicators' rates are computed (docs/domain-rules.md#department-wide-form). Amounts in 万元 like the funds table.
/// Every field may be empty: a form that leaves one empty is scored on its printed rate alone.
/// </summary>
public sealed record DepartmentFacts
{
    /// <summary>编制数: the staff places the establishment office approved.</summary>
    public int? AuthorizedStaff { get; init; }

    /// <summary>在职人员数 (实有人数): the staff actually employed.</summary>
    public int? ActualStaff { get; init; }

    /// <summary>本年度“三公”经费: travel abroad, official vehicles and official hospitality this year.</summary>
    public decimal? ThreePublicCurrent { get; init; }

    /// <summary>上年度“三公”经费.</summary>
    public decimal? ThreePublicPrevious { get; init; }

    /// <summary>重点项目支出: what the budget arranged for the department's key projects.</summary>
    public decimal? KeyExpenditure { get; init; }

    /// <summary>项目支出合计: all project expenditure of the department's budget.</summary>
    public decimal? ProjectExpenditure { get; init; }
}
