using System.Globalization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Import;

/// <summary>
/// What a reader notices about a form while reading it, as findings with stable codes (docs/domain-rules.md#import).
/// They describe the document as printed; the reader never changes a printed figure to make them go away.
/// </summary>
public static class ImportFindings
{
    /// <summary>The document stops before the form does.</summary>
    public const string Incomplete = "IMPORT_FORM_INCOMPLETE";

    /// <summary>Published unscored: 实际完成值 and 得分 blank or instruction text; read as a draft with no claimed scores.</summary>
    public const string Unscored = "IMPORT_UNSCORED";

    /// <summary>The printed 分值 total is not the sum of the printed weights.</summary>
    public const string WeightsTotal = "IMPORT_WEIGHT_TOTAL_DISAGREES";

    /// <summary>A level-1 header's weight ("产出指标(50分)") is not the sum of its rows' weights.</summary>
    public const string HeadingWeight = "IMPORT_HEADING_WEIGHT_DISAGREES";

    /// <summary>The 年度资金总额 row contradicts the rows under it (often left at zero).</summary>
    public const string FundsTotal = "IMPORT_FUNDS_TOTAL_CONTRADICTS_ROWS";

    /// <summary>Template rows left in ("指标2：", "……"), skipped.</summary>
    public const string Placeholders = "IMPORT_PLACEHOLDER_ROWS_SKIPPED";

    /// <summary>Amounts printed in 元, converted to 万元.</summary>
    public const string AmountsInYuan = "IMPORT_AMOUNTS_IN_YUAN";

    /// <summary>
    /// Funds rows the platform has no row for held amounts and were added up: Sichuan's 财政专户管理资金, 单位资金 into
    /// 其他资金; the department-wide form's 一般公共预算, 政府性基金预算, 国有资本经营预算 into 财政拨款 and its
    /// 财政专户管理资金, 单位资金 into 其他资金.
    /// </summary>
    public const string FundsRowsMergedCode = "IMPORT_FUNDS_ROWS_MERGED";

    public static Finding CutOff(string expectedZh, string expectedEn, int lastLine) => new(
        Incomplete, Severity.Error, "form", null, null,
        $"自评表不完整：文件在第{lastLine}行之后结束，缺少{expectedZh}；已读取的内容见预览，未存储。",
        $"The form is incomplete: the document stops after line {lastLine}, before {expectedEn}; what was read is shown, nothing stored.");

    public static Finding UnscoredForm(int rows) => new(
        Unscored, Severity.Warning, "indicators", null, null,
        $"自评表未评分：{rows}个指标的实际完成值和得分为空或为填表说明，按未评分草稿读取，不生成总分。",
        $"The form was published unscored: the actual and score of {rows} indicator(s) are blank or instructions; read as an unscored draft, no total invented.");

    public static Finding WeightTotal(decimal printed, decimal sum) => new(
        WeightsTotal, Severity.Warning, "total.weight", printed, sum,
        $"总分行的分值合计{N(printed)}与各项分值之和{N(sum)}不符（按印刷数读取，未重新加总）。",
        $"The printed weight total {N(printed)} differs from the sum of the weights, {N(sum)} (read as printed, not re-added).");

    public static Finding HeadingWeightDiffers(string heading, decimal printed, decimal sum) => new(
        HeadingWeight, Severity.Warning, $"indicators[{heading}].weight", printed, sum,
        $"一级指标“{heading}”标注{N(printed)}分，其下指标分值之和为{N(sum)}。",
        $"The level-1 heading {heading} says {N(printed)} points; its rows' weights add up to {N(sum)}.");

    public static Finding FundsTotalContradicts(string column, decimal? printed, decimal sum) => new(
        FundsTotal, Severity.Warning, $"funds.total.{column}", printed, sum,
        $"年度资金总额的{ColumnZh(column)}为{N(printed)}，与其下各行之和{N(sum)}矛盾。",
        $"The 年度资金总额 row's {column} is {N(printed)}, contradicting the rows under it, which add up to {N(sum)}.");

    public static Finding PlaceholdersSkipped(int count) => new(
        Placeholders, Severity.Info, "indicators", count, null,
        $"跳过{count}个模板占位行（如“指标2：”“……”）。",
        $"{count} template placeholder row(s) skipped (such as 指标2： or ……).");

    public static Finding Yuan() => new(
        AmountsInYuan, Severity.Info, "funds", null, null,
        "资金以元填列，已换算为万元（除以10000）。",
        "Amounts were printed in 元 and are converted to 万元 (divided by 10,000).");

    public static Finding FundsRowsMerged(IReadOnlyList<string> rows) => FundsRowsMerged(rows, "other");

    /// <summary>Printed funds rows added up into one of the platform's rows: <paramref name="target"/> is currentAppropriation (财政拨款) or other (其他资金).</summary>
    public static Finding FundsRowsMerged(IReadOnlyList<string> rows, string target)
    {
        var (zh, en) = target == "currentAppropriation" ? ("财政拨款", "财政拨款 (appropriation)") : ("其他资金", "其他资金 (other funds)");
        return new(
            FundsRowsMergedCode, Severity.Info, $"funds.{target}", null, null,
            $"资金表的{string.Join("、", rows)}有金额，平台无对应行，已计入“{zh}”。",
            $"The funds rows {string.Join(", ", rows)} hold amounts; the platform has no row for them, so they are added to {en}.");
    }

    /// <summary>
    /// The check every layout shares, on a form read whole: the printed weight total against the weights (the scores'
    /// total is the scoring's TOTAL_NOT_SUM).
    /// </summary>
    public static IReadOnlyList<Finding> Of(EvaluationForm form, decimal? printedWeightTotal = null)
    {
        var findings = new List<Finding>();
        var weights = form.Indicators.Sum(r => r.Weight) + form.Funds.Weight;
        if (printedWeightTotal is { } printed && printed != weights)
        {
            findings.Add(WeightTotal(printed, weights));
        }

        return findings;
    }

    private static string ColumnZh(string column) => column switch
    {
        "initialBudget" => "年初预算数",
        "fullYearBudget" => "全年预算数",
        "executed" => "全年执行数",
        _ => column,
    };

    private static string N(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";
}
