using System.Globalization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Json;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Import;

/// <summary>
/// What deserialization does not guarantee of a target declaration: JSON may carry null where the model has
/// non-nullable references, blank headings, and any number of rows. The API can run it on a request body (path "$").
/// </summary>
public static class TargetValidator
{
    public static List<ImportError> Validate(TargetContent? content, string path = "$", ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var errors = new List<ImportError>();
        if (content is null)
        {
            errors.Add(JsonDocumentReader.Error(path, "绩效目标申报表对象", "a target declaration object", "null"));
            return errors;
        }

        if (content.Header is null)
        {
            Missing($"{path}.header", "表头", "the header");
        }
        else
        {
            Text(content.Header.ProjectName, $"{path}.header.projectName", "项目名称", "the project name");
            Text(content.Header.CompetentDepartment, $"{path}.header.competentDepartment", "主管部门", "the competent department");
            Text(content.Header.ImplementingUnit, $"{path}.header.implementingUnit", "实施单位", "the implementing unit");
            if (!FiscalYears.IsAccepted(content.Header.FiscalYear))
            {
                errors.Add(JsonDocumentReader.Error($"{path}.header.fiscalYear", FiscalYears.Expected, FiscalYears.ExpectedEn, content.Header.FiscalYear.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (content.Budget is null)
        {
            Missing($"{path}.budget", "项目资金", "the budget (total, currentAppropriation, carryOver, other)");
        }

        if (content.Goals is null)
        {
            Missing($"{path}.goals", "年度总体目标", "the goals text");
        }

        if (content.Indicators is null || content.Indicators.Count == 0)
        {
            Missing($"{path}.indicators", "至少一个指标", "at least one indicator");
            return errors;
        }

        if (content.Indicators.Count > limits.MaxIndicatorsPerForm)
        {
            errors.Add(JsonDocumentReader.Error($"{path}.indicators", $"不超过{limits.MaxIndicatorsPerForm}个指标", $"at most {limits.MaxIndicatorsPerForm} indicators", content.Indicators.Count.ToString(CultureInfo.InvariantCulture)));
            return errors;
        }

        for (var i = 0; i < content.Indicators.Count; i++)
        {
            var row = content.Indicators[i];
            var at = $"{path}.indicators[{i}]";
            if (row is null)
            {
                Missing(at, "指标对象", "an indicator object");
                continue;
            }

            Text(row.Level1, $"{at}.level1", "一级指标", "the level-1 heading");
            Text(row.Level2, $"{at}.level2", "二级指标", "the level-2 heading");
            Text(row.Name, $"{at}.name", "三级指标", "the indicator's name");
            Text(row.Target, $"{at}.target", "年度指标值", "the target");
        }

        return errors;

        void Missing(string at, string zh, string en) => errors.Add(JsonDocumentReader.Error(at, zh, en, "null or missing"));

        void Text(string? value, string at, string zh, string en)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(JsonDocumentReader.Error(at, zh, en, value is null ? "null" : "empty"));
            }
        }
    }
}
