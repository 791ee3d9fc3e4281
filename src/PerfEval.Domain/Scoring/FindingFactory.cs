using System.Globalization;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>Every finding's code, severity and wording in one place, in Chinese and English.</summary>
internal static class FindingFactory
{
    public static Finding WeightsNot100(decimal sum, decimal expected) => new(
        FindingCodes.WeightsNot100, Severity.Error, IndicatorPaths.Weights, sum, expected,
        $"预算执行率与各指标分值合计为{N(sum)}，应为{N(expected)}。",
        $"Weights of budget execution and indicators add up to {N(sum)}; they must add up to {N(expected)}.");

    public static Finding ExecutionWeightUnexpected(decimal weight, decimal expected, string profile) => new(
        FindingCodes.ExecutionWeightUnexpected, Severity.Warning, IndicatorPaths.FundsWeight, weight, expected,
        $"预算执行率分值为{N(weight)}，评分方案“{profile}”规定为{N(expected)}。",
        $"Budget execution is weighted {N(weight)}; the scoring profile '{profile}' sets {N(expected)}.");

    public static Finding ScoreAboveWeight(string path, Subject what, decimal claimed, decimal weight) => new(
        FindingCodes.ScoreAboveWeight, Severity.Error, path, claimed, weight,
        $"{what.Zh}得分{N(claimed)}超过分值{N(weight)}。",
        $"{what.En}: score {N(claimed)} is above the weight {N(weight)}.");

    public static Finding ScoreNegative(string path, Subject what, decimal claimed) => new(
        FindingCodes.ScoreNegative, Severity.Error, path, claimed, 0m,
        $"{what.Zh}得分{N(claimed)}为负数。",
        $"{what.En}: score {N(claimed)} is negative.");

    public static Finding ScoreMissing(string path, Subject what, decimal? computed) => new(
        FindingCodes.ScoreMissing, Severity.Warning, path, null, computed,
        $"{what.Zh}未填写得分。",
        $"{what.En}: no score is filled in.");

    public static Finding ClaimAboveRule(int index, string name, Measure target, Measure actual, decimal claimed, decimal rule, decimal weight) => new(
        FindingCodes.ClaimAboveRule, Severity.Error, IndicatorPaths.ClaimedScore(index), claimed, rule,
        $"“{name}”：目标{target.Text}，实际{actual.Text}，按评分规则得分为{N(rule)}（分值{N(weight)}），自评{N(claimed)}高于规则得分。",
        $"'{name}': target {target.Text}, actual {actual.Text}; the rule gives {N(rule)} of {N(weight)}, the claim {N(claimed)} is above it.");

    public static Finding ClaimAboveTierBand(int index, string name, AchievementTier tier, decimal claimed, ScoreBand band) => new(
        FindingCodes.ClaimOutsideTierBand, Severity.Error, IndicatorPaths.ClaimedScore(index), claimed, band.Max,
        $"“{name}”：完成情况为“{TierZh(tier)}”，得分应在{BandText(band)}之间，自评{N(claimed)}高于该档上限{N(band.Max)}。",
        $"'{name}': the actual is '{TierEn(tier)}', whose band is {BandText(band)}; the claim {N(claimed)} is above its upper bound {N(band.Max)}.");

    public static Finding ClaimBelowTierBand(int index, string name, AchievementTier tier, decimal claimed, ScoreBand band) => new(
        FindingCodes.ClaimOutsideTierBand, Severity.Warning, IndicatorPaths.ClaimedScore(index), claimed, band.Min,
        $"“{name}”：完成情况为“{TierZh(tier)}”，得分应在{BandText(band)}之间，自评{N(claimed)}低于该档下限{N(band.Min)}。",
        $"'{name}': the actual is '{TierEn(tier)}', whose band is {BandText(band)}; the claim {N(claimed)} is below its lower bound {N(band.Min)}.");

    public static Finding IndicatorReasonMissing(int index, string name, decimal claimed, decimal weight) => new(
        FindingCodes.DeviationReasonMissing, Severity.Warning, IndicatorPaths.DeviationReason(index), claimed, weight,
        $"“{name}”得分{N(claimed)}低于分值{N(weight)}，未填写偏差原因分析及改进措施。",
        $"'{name}' scores {N(claimed)}, below its weight {N(weight)}, and gives no deviation reason.");

    public static Finding ExecutionReasonMissing(decimal rate, decimal threshold) => new(
        FindingCodes.DeviationReasonMissing, Severity.Warning, IndicatorPaths.FundsRate, rate, threshold,
        $"预算执行率{N(rate)}%低于{N(threshold)}%，需说明偏差原因（自评表资金栏无偏差原因栏，请在实际完成情况中说明）。",
        $"The execution rate {N(rate)} % is below {N(threshold)} %; a deviation reason is required (the funds table has no cell for it, so it belongs in the goals' actual text).");

    public static Finding ExecutionRateMismatch(string path, Subject row, decimal claimed, decimal computed) => new(
        FindingCodes.ExecutionRateMismatch, Severity.Error, path, claimed, computed,
        $"{row.Zh}执行率填报{N(claimed)}%，按全年执行数÷全年预算数计算为{N(computed)}%。",
        $"{row.En}: the printed execution rate {N(claimed)} % does not match executed ÷ full-year budget = {N(computed)} %.");

    public static Finding ExecutionRateUndefined() => new(
        FindingCodes.ExecutionRateUndefined, Severity.Warning, IndicatorPaths.FundsRate, null, null,
        "全年预算数为空或为0，无法计算预算执行率。",
        "The full-year budget is empty or 0: the execution rate cannot be computed.");

    public static Finding ExecutionScoreMismatch(decimal claimed, decimal computed, decimal executed, decimal budget, decimal weight) => new(
        FindingCodes.ExecutionScoreMismatch, Severity.Error, IndicatorPaths.FundsScore, claimed, computed,
        $"预算执行率得分填报{N(claimed)}，按{F2(executed)}÷{F2(budget)}×{N(weight)}计算应为{F2(computed)}。",
        $"The budget execution score is printed as {N(claimed)}, but {F2(executed)} ÷ {F2(budget)} × {N(weight)} = {F2(computed)}.");

    public static Finding FundsRowsNotSum(string column, string columnZh, decimal total, decimal sum) => new(
        FindingCodes.FundsRowsNotSum, Severity.Error, IndicatorPaths.FundsRowColumn("total", column), total, sum,
        $"年度资金总额的{columnZh}为{N(total)}，当年财政拨款、上年结转资金与其他资金合计为{N(sum)}。",
        $"The total row's {column} is {N(total)}, but current appropriation + carry-over + other = {N(sum)}.");

    public static Finding TotalNotSum(decimal printed, decimal sum) => new(
        FindingCodes.TotalNotSum, Severity.Error, IndicatorPaths.ClaimedTotal, printed, sum,
        $"总分填报{N(printed)}，各项得分合计为{N(sum)}。",
        $"The printed total {N(printed)} is not the sum of the printed scores, {N(sum)}.");

    public static Finding GradeMismatch(string printed, string expected, decimal total) => new(
        FindingCodes.GradeMismatch, Severity.Error, IndicatorPaths.ClaimedGrade, total, null,
        $"评分等级填报“{printed}”，总分{N(total)}对应的等级为“{expected}”。",
        $"The printed grade '{printed}' does not match the total {N(total)}, which grades '{expected}'.");

    public static Finding GradeChangesOnRecompute(string printed, string computed, decimal computedTotal) => new(
        FindingCodes.GradeChangesOnRecompute, Severity.Info, IndicatorPaths.ClaimedGrade, null, computedTotal,
        $"按评分规则复核后的总分为{N(computedTotal)}，等级为“{computed}”，与填报的“{printed}”不同。",
        $"With the rule's figures the total is {N(computedTotal)}, graded '{computed}' instead of the printed '{printed}'.");

    public static Finding UnitMismatch(int index, string name, string targetUnit, string actualUnit) => new(
        FindingCodes.UnitMismatch, Severity.Warning, IndicatorPaths.Actual(index), null, null,
        $"“{name}”：年度指标值单位为“{targetUnit}”，实际完成值单位为“{actualUnit}”。",
        $"'{name}': the target is in '{targetUnit}' but the actual is in '{actualUnit}'.");

    public static Finding MeasureNotComparable(int index, string name, Measure target, Measure actual) => new(
        FindingCodes.MeasureNotComparable, Severity.Warning, IndicatorPaths.Actual(index), null, null,
        $"“{name}”：年度指标值“{target.Text}”与实际完成值“{actual.Text}”无法比较，得分仅按分值上限检查。",
        $"'{name}': the target '{target.Text}' and the actual '{actual.Text}' cannot be compared; the claim is only checked against the weight.");

    public static Finding DepartmentRateMismatch(int index, Common.CommonIndicator common, decimal printed, decimal computed) => new(
        FindingCodes.DepartmentRateMismatch, Severity.Error, IndicatorPaths.Actual(index), printed, computed,
        $"{common.Name}填报{N(printed)}%，按{common.FormulaZh}计算为{N(computed)}%，按计算值评分。",
        $"'{common.Name}' is printed as {N(printed)} %, but {common.FormulaEn} = {N(computed)} %; the computed rate is scored.");

    public static Finding CommonIndicatorMissing(Common.CommonIndicator common) => new(
        FindingCodes.CommonIndicatorMissing, Severity.Warning, IndicatorPaths.Indicators, null, null,
        $"部门整体支出绩效自评表缺少共性指标“{common.Name}”。",
        $"The department-wide form lacks the common indicator '{common.Name}'.");

    /// <summary>What a finding is about, named in each language.</summary>
    public readonly record struct Subject(string Zh, string En)
    {
        public static Subject BudgetExecution { get; } = new("预算执行率", "Budget execution");

        public static Subject Indicator(string name) => new($"“{name}”", $"'{name}'");
    }

    public static Finding FigureOutOfRange(string path, decimal value, decimal limit) => new(
        FindingCodes.FigureOutOfRange, Severity.Error, path, Arithmetic.ClampFigure(value), limit,
        $"数值{value.ToString("G", CultureInfo.InvariantCulture)}超出可计算范围（±{N(limit)}），按边界值计算。",
        $"The figure {value.ToString("G", CultureInfo.InvariantCulture)} is beyond the range the rules compute with (±{N(limit)}); it is taken at the bound.");

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Money and scores as the form prints them, with two decimals.</summary>
    private static string F2(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string BandText(ScoreBand band) => $"[{N(band.Min)}, {N(band.Max)}{(band.MaxInclusive ? "]" : ")")}";

    private static string TierZh(AchievementTier tier) => tier switch
    {
        AchievementTier.Achieved => "达成指标",
        AchievementTier.PartlyAchieved => "部分达成指标并具有一定效果",
        _ => "未达成指标且效果较差",
    };

    private static string TierEn(AchievementTier tier) => tier switch
    {
        AchievementTier.Achieved => "achieved",
        AchievementTier.PartlyAchieved => "partly achieved with some effect",
        _ => "not achieved, poor effect",
    };
}
