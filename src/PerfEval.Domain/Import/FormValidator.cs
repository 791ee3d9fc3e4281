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
}
