using System.Globalization;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.CrossChecks;

/// <summary>The wording of the checks across forms, in Chinese and English (beside <see cref="FindingFactory"/>).</summary>
internal static class CrossCheckFindings
{
    public static Finding Copied(int index, string name, CrossCheckForm other, int otherIndex, string otherName, double similarity) => new(
        FindingCodes.IndicatorCopiedAcrossUnits, Severity.Warning, IndicatorPaths.Row(index), null, (decimal)Math.Round(similarity, 2),
        $"指标“{name}”与{Unit(other)}“{other.ProjectName}”第{otherIndex + 1}行指标“{otherName}”相同或高度相似（相似度{TextSimilarity.Format(similarity)}），两个项目并不相关，请核实是否照搬。",
        $"The indicator '{name}' is the same as or nearly the same as row {otherIndex + 1} '{otherName}' of {UnitEn(other)}'s project '{other.ProjectName}' (similarity {TextSimilarity.Format(similarity)}), an unrelated project: check that it was not copied.");

    public static Finding Boilerplate(int index, string name, int units) => new(
        FindingCodes.BoilerplateIndicator, Severity.Info, IndicatorPaths.Row(index), null, units,
        $"指标“{name}”与其他{units - 1}个单位的指标文字相同，属模板化指标，请核实是否反映本项目的效益。",
        $"The indicator '{name}' reads the same as in {units - 1} other units' forms: boilerplate; check that it measures this project's effect.");

    public static Finding AllMaxWithErrors(int errors) => new(
        FindingCodes.AllScoresMaxWithErrors, Severity.Warning, IndicatorPaths.ClaimedTotal, null, errors,
        $"各项均自评为满分，但评分发现{errors}处错误。",
        $"Every score is claimed at its maximum, yet the scoring found {errors} error(s).");

    public static Finding OutputAndBenefit(int index, string name, int outputIndex, string outputName) => new(
        FindingCodes.IndicatorInOutputAndBenefit, Severity.Warning, IndicatorPaths.Row(index), null, null,
        $"效益指标“{name}”与第{outputIndex + 1}行产出指标“{outputName}”相同或高度相似，同一指标不应在产出和效益中重复计分。",
        $"The benefit indicator '{name}' is the same as or nearly the same as the output indicator of row {outputIndex + 1}, '{outputName}': one indicator counts once.");

    public static Finding ZeroActualUnexplained(int index, string name, string actual) => new(
        FindingCodes.ZeroActualUnexplained, Severity.Warning, IndicatorPaths.DeviationReason(index), 0m, null,
        $"“{name}”实际完成值为“{actual}”（零），但未填写偏差原因。",
        $"'{name}': the actual is zero ('{actual}') and no deviation reason is given.");

    private static string Unit(CrossCheckForm form) => form.UnitName.Length > 0 ? form.UnitName : form.UnitId;

    private static string UnitEn(CrossCheckForm form) => Unit(form);

    public static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
