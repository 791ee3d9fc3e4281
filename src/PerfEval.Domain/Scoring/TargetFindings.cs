using System.Globalization;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>The wording of the target checks' findings, in Chinese and English (beside <see cref="FindingFactory"/>).</summary>
internal static class TargetFindings
{
    public static Finding WeightsNotTotal(decimal sum, decimal expected) => new(
        FindingCodes.TargetWeightsNotTotal, Severity.Error, IndicatorPaths.Weights, sum, expected,
        $"预算执行率与各指标分值合计为{N(sum)}，应为{N(expected)}。",
        $"The weights of budget execution and the indicators add up to {N(sum)}; they must add up to {N(expected)}.");

    public static Finding Level1Missing(string category) => new(
        FindingCodes.TargetLevel1Missing, Severity.Error, "indicators", null, null,
        $"缺少一级指标“{category}指标”。",
        $"The level-1 category '{category}指标' is missing.");

    public static Finding ValueMissing(int index, string name) => new(
        FindingCodes.TargetValueMissing, Severity.Error, TargetPath(index), null, null,
        $"“{name}”未填写年度指标值。",
        $"'{name}' has no target value.");

    public static Finding ComparatorMissing(int index, string name, string target) => new(
        FindingCodes.TargetComparatorMissing, Severity.Error, TargetPath(index), null, null,
        $"“{name}”的指标值“{target}”是数值，须写明比较符号（≥、≤、＝ 等）。",
        $"'{name}': the target '{target}' is a number and needs a comparator (≥, ≤, = …).");

    public static Finding UnitMissing(int index, string name, string target) => new(
        FindingCodes.TargetUnitMissing, Severity.Error, TargetPath(index), null, null,
        $"“{name}”的指标值“{target}”未写明计量单位。",
        $"'{name}': the target '{target}' has no unit.");

    public static Finding CostAtLeast(int index, string name, string target) => new(
        FindingCodes.CostTargetAtLeast, Severity.Error, TargetPath(index), null, null,
        $"“{name}”是成本指标，指标值“{target}”不应使用“≥”或“>”（成本应设上限）。",
        $"'{name}' is a cost indicator; its target '{target}' must not use ≥ or > (a cost has an upper limit).");

    public static Finding BelowPreviousActual(int index, string name, Measure target, Measure previous) => new(
        FindingCodes.TargetBelowPreviousActual, Severity.Warning, TargetPath(index), target.Number, previous.Number,
        $"“{name}”的指标值“{target.Text}”低于该项目上年实际完成值“{previous.Text}”。",
        $"'{name}': the target '{target.Text}' is below the project's actual of the previous year, '{previous.Text}'.");

    public static Finding Vague(int index, string name, string target, string word) => new(
        FindingCodes.TargetVague, Severity.Warning, TargetPath(index), null, null,
        $"“{name}”的指标值“{target}”含“{word}”等笼统表述，无可衡量的标准。",
        $"'{name}': the target '{target}' uses a vague wording ('{word}') with nothing to measure it by.");

    public static Finding Changed(string path, string cell, string approved, string claimed, decimal? approvedValue, decimal? claimedValue) => new(
        FindingCodes.TargetChanged, Severity.Error, path, claimedValue, approvedValue,
        $"{cell}与批复的绩效目标不一致：批复为“{approved}”，自评表填写为“{claimed}”。",
        $"{cell} differs from the approved targets: approved '{approved}', the form says '{claimed}'.");

    public static Finding NotApproved() => new(
        FindingCodes.TargetNotApproved, Severity.Warning, "header", null, null,
        "该项目本年度没有已批复的绩效目标，年度指标值和分值无法与批复核对。",
        "The project has no approved targets for the year: its targets and weights cannot be checked against them.");

    public static string TargetPath(int index) => $"indicators[{index}].target";

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
