using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Json;

namespace PerfEval.Domain.Import;

/// <summary>
/// What deserialization does not guarantee: JSON may carry null where the model has non-nullable references, and any
/// number of rows. A form that passes is safe to score. The API can run it on a request body (path "$").
/// </summary>
public static class FormValidator
{
    public static List<ImportError> Validate(EvaluationForm? form, string path = "$", ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var errors = new List<ImportError>();
        if (form is null)
        {
            errors.Add(JsonFormImporter.Error(path, "自评表对象", "a form object", "null"));
            return errors;
        }

        if (form.Header is null)
        {
            Missing($"{path}.header", "表头", "the header");
        }
        else
        {
            Text(form.Header.ProjectName, $"{path}.header.projectName", "项目名称", "the project name");
            Text(form.Header.CompetentDepartment, $"{path}.header.competentDepartment", "主管部门", "the competent department");
            Text(form.Header.ImplementingUnit, $"{path}.header.implementingUnit", "实施单位", "the implementing unit");
            if (!FiscalYears.IsAccepted(form.Header.FiscalYear))
            {
                errors.Add(JsonFormImporter.Error($"{path}.header.fiscalYear", FiscalYears.Expected, FiscalYears.ExpectedEn, form.Header.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (form.Funds is null)
        {
            Missing($"{path}.funds", "项目资金", "the funds table");
        }
        else if (form.Funds.Total is null || form.Funds.CurrentAppropriation is null || form.Funds.CarryOver is null || form.Funds.Other is null)
        {
            Missing($"{path}.funds", "资金表的四行（total/currentAppropriation/carryOver/other）", "all four funds rows (total, currentAppropriation, carryOver, other)");
        }

        if (form.Goals is null || form.Goals.Expected is null || form.Goals.Actual is null)
        {
            Missing($"{path}.goals", "年度总体目标（expected/actual）", "the goals (expected and actual text)");
        }

        if (form.Indicators is null || form.Indicators.Count == 0)
        {
            Missing($"{path}.indicators", "至少一个指标", "at least one indicator");
            return errors;
        }

        if (form.Indicators.Count > limits.MaxIndicatorsPerForm)
        {
            errors.Add(JsonFormImporter.Error($"{path}.indicators", $"不超过{limits.MaxIndicatorsPerForm}个指标", $"at most {limits.MaxIndicatorsPerForm} indicators", form.Indicators.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return errors;
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var row = form.Indicators[i];
            var at = $"{path}.indicators[{i}]";
            if (row is null)
            {
                Missing(at, "指标对象", "an indicator object");
                continue;
            }

            Text(row.Level1, $"{at}.level1", "一级指标", "the level-1 heading");
            Text(row.Level2, $"{at}.level2", "二级指标", "the level-2 heading");
            Text(row.Name, $"{at}.name", "三级指标", "the indicator's name");
            if (row.Target is null)
            {
                Missing($"{at}.target", "年度指标值", "the target text");
            }

            if (row.Actual is null)
            {
                Missing($"{at}.actual", "实际完成值", "the actual text");
            }
        }

        return errors;

        void Missing(string at, string zh, string en) => errors.Add(JsonFormImporter.Error(at, zh, en, "null or missing"));

        void Text(string? value, string at, string zh, string en)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(JsonFormImporter.Error(at, zh, en, value is null ? "null" : "empty"));
            }
        }
    }
}
