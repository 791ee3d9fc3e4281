using System.Globalization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Json;

namespace PerfEval.Domain.Import;

/// <summary>
/// The checks that the validators of forms and of target declarations share, each error reported at its JSON path
/// below <paramref name="path"/>: the header and the list of indicators.
/// </summary>
internal sealed class ContentChecks(string path, ImportLimits limits)
{
    public List<ImportError> Errors { get; } = [];

    /// <summary>
    /// The errors of <paramref name="content"/> at <paramref name="path"/>: null is one error naming what was expected
    /// (<paramref name="expectedZh"/>, <paramref name="expectedEn"/>); otherwise what <paramref name="check"/> finds.
    /// </summary>
    public static List<ImportError> Validate<T>(
        T? content, string path, ImportLimits? limits, string expectedZh, string expectedEn, Action<ContentChecks, T> check)
        where T : class
    {
        var checks = new ContentChecks(path, limits ?? ImportLimits.Default);
        if (content is null)
        {
            checks.Add(path, expectedZh, expectedEn, "null");
        }
        else
        {
            check(checks, content);
        }

        return checks.Errors;
    }

    public void Add(string at, string expectedZh, string expectedEn, string found) =>
        Errors.Add(JsonDocumentReader.Error(at, expectedZh, expectedEn, found));

    public void Missing(string at, string expectedZh, string expectedEn) => Add(at, expectedZh, expectedEn, "null or missing");

    /// <summary>A text that must be there and not blank.</summary>
    public void Text(string? value, string at, string expectedZh, string expectedEn)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(at, expectedZh, expectedEn, value is null ? "null" : "empty");
        }
    }

    /// <summary>The header: there, with the project, the competent department and the implementing unit named, and a fiscal year accepted.</summary>
    public void Header(FormHeader? header)
    {
        if (header is null)
        {
            Missing($"{path}.header", "表头", "the header");
            return;
        }

        Text(header.ProjectName, $"{path}.header.projectName", "项目名称", "the project name");
        Text(header.CompetentDepartment, $"{path}.header.competentDepartment", "主管部门", "the competent department");
        Text(header.ImplementingUnit, $"{path}.header.implementingUnit", "实施单位", "the implementing unit");
        if (!FiscalYears.IsAccepted(header.FiscalYear))
        {
            Add($"{path}.header.fiscalYear", FiscalYears.Expected, FiscalYears.ExpectedEn, header.FiscalYear.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// At least one indicator and no more than the limit; then each row there, with its headings and name filled in
    /// (the level-1 heading, the level-2 heading and the name, as <paramref name="headings"/> gives them) and what
    /// <paramref name="checkRest"/> checks at the row's path.
    /// </summary>
    public void Indicators<T>(
        IReadOnlyList<T>? indicators, Func<T, (string? Level1, string? Level2, string? Name)> headings, Action<T, string> checkRest)
        where T : class
    {
        if (indicators is null || indicators.Count == 0)
        {
            Missing($"{path}.indicators", "至少一个指标", "at least one indicator");
            return;
        }

        if (indicators.Count > limits.MaxIndicatorsPerForm)
        {
            Add($"{path}.indicators", $"不超过{limits.MaxIndicatorsPerForm}个指标", $"at most {limits.MaxIndicatorsPerForm} indicators", indicators.Count.ToString(CultureInfo.InvariantCulture));
            return;
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            var row = indicators[i];
            var at = $"{path}.indicators[{i}]";
            if (row is null)
            {
                Missing(at, "指标对象", "an indicator object");
                continue;
            }

            var (level1, level2, name) = headings(row);
            Text(level1, $"{at}.level1", "一级指标", "the level-1 heading");
            Text(level2, $"{at}.level2", "二级指标", "the level-2 heading");
            Text(name, $"{at}.name", "三级指标", "the indicator's name");
            checkRest(row, at);
        }
    }
}
