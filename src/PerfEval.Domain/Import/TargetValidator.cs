using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Import;

/// <summary>
/// What deserialization does not guarantee of a target declaration: JSON may carry null where the model has
/// non-nullable references, blank headings, and any number of rows. The API can run it on a request body (path "$").
/// </summary>
public static class TargetValidator
{
    public static List<ImportError> Validate(TargetContent? content, string path = "$", ImportLimits? limits = null) =>
        ContentChecks.Validate(content, path, limits, "绩效目标申报表对象", "a target declaration object", (checks, content) =>
        {
            checks.Header(content.Header);
            if (content.Budget is null)
            {
                checks.Missing($"{path}.budget", "项目资金", "the budget (total, currentAppropriation, carryOver, other)");
            }

            if (content.Goals is null)
            {
                checks.Missing($"{path}.goals", "年度总体目标", "the goals text");
            }

            checks.Indicators(content.Indicators, row => (row.Level1, row.Level2, row.Name), (row, at) =>
                checks.Text(row.Target, $"{at}.target", "年度指标值", "the target"));
        });
}
