using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import;

/// <summary>
/// What deserialization does not guarantee: JSON may carry null where the model has non-nullable references, and any
/// number of rows. A form that passes is safe to score. The API can run it on a request body (path "$").
/// </summary>
public static class FormValidator
{
    public static List<ImportError> Validate(EvaluationForm? form, string path = "$", ImportLimits? limits = null) =>
        ContentChecks.Validate(form, path, limits, "自评表对象", "a form object", (checks, form) =>
        {
            checks.Header(form.Header);
            DepartmentPart(checks, form, path);
            if (form.Funds is null)
            {
                checks.Missing($"{path}.funds", "项目资金", "the funds table");
            }
            else if (form.Funds.Total is null || form.Funds.CurrentAppropriation is null || form.Funds.CarryOver is null || form.Funds.Other is null)
            {
                checks.Missing($"{path}.funds", "资金表的四行（total/currentAppropriation/carryOver/other）", "all four funds rows (total, currentAppropriation, carryOver, other)");
            }

            if (form.Goals is null || form.Goals.Expected is null || form.Goals.Actual is null)
            {
                checks.Missing($"{path}.goals", "年度总体目标（expected/actual）", "the goals (expected and actual text)");
            }

            checks.Indicators(form.Indicators, row => (row.Level1, row.Level2, row.Name), (row, at) =>
            {
                if (row.Target is null)
                {
                    checks.Missing($"{at}.target", "年度指标值", "the target text");
                }

                if (row.Actual is null)
                {
                    checks.Missing($"{at}.actual", "实际完成值", "the actual text");
                }
            });
        });

    /// <summary>The kind is one the platform knows, and only the department-wide form carries department figures, none negative.</summary>
    private static void DepartmentPart(ContentChecks checks, EvaluationForm form, string path)
    {
        if (!Enum.IsDefined(form.Kind))
        {
            checks.Add($"{path}.kind", "project（项目自评表）或departmentWide（部门整体自评表）", "project or departmentWide", ((int)form.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (form.Department is not { } facts)
        {
            return;
        }

        if (form.Kind != FormKind.DepartmentWide)
        {
            checks.Add($"{path}.department", "项目自评表不填部门整体数据（department为空）", "no department figures on a project's form (department null)", "an object");
            return;
        }

        (decimal? Value, string Field, string Zh)[] figures =
        [
            (facts.AuthorizedStaff, "authorizedStaff", "编制数"),
            (facts.ActualStaff, "actualStaff", "在职人员数"),
            (facts.ThreePublicCurrent, "threePublicCurrent", "本年度“三公”经费"),
            (facts.ThreePublicPrevious, "threePublicPrevious", "上年度“三公”经费"),
            (facts.KeyExpenditure, "keyExpenditure", "重点项目支出"),
            (facts.ProjectExpenditure, "projectExpenditure", "项目支出合计"),
        ];
        foreach (var (value, field, zh) in figures)
        {
            if (value < 0m)
            {
                checks.Add($"{path}.department.{field}", $"{zh}不小于0", $"{field} of 0 or more", value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
