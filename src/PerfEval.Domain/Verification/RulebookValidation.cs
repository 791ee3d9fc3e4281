using System.Text.RegularExpressions;

namespace PerfEval.Domain.Verification;

/// <summary>
/// What a rulebook an admin saves must be (docs/domain-rules.md#rulebook): 1 to 200 clauses; codes unique and of the
/// form <c>FH-01</c> (letters, a hyphen, digits); titles given; a share in (0, 1] on every deduct-share clause and on no
/// other; at least one judgement clause (the score adjustment records under it). Errors by field path, in Chinese.
/// </summary>
public static partial class RulebookValidation
{
    public const int MaxClauses = 200;
    public const int MaxTitleLength = 200;

    [GeneratedRegex("^[A-Za-z]{1,8}-[0-9]{1,4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex RegionPattern();

    public static bool IsRegion(string? region) => region is not null && RegionPattern().IsMatch(region);

    public static Dictionary<string, string[]> Errors(IReadOnlyList<RecheckClause?>? clauses)
    {
        var errors = new Dictionary<string, string[]>();
        if (clauses is null || clauses.Count == 0 || clauses.Count > MaxClauses)
        {
            errors["clauses"] = [$"须有 1 到 {MaxClauses} 条复核口径。"];
            return errors;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < clauses.Count; i++)
        {
            var path = $"clauses[{i}]";
            if (clauses[i] is not { } c)
            {
                errors[path] = ["复核口径不能为空。"];
                continue;
            }

            if (c.Code is null || !CodePattern().IsMatch(c.Code))
            {
                errors[$"{path}.code"] = ["编号须为字母、连字符和数字，如 FH-01。"];
            }
            else if (!codes.Add(c.Code))
            {
                errors[$"{path}.code"] = [$"编号 {c.Code} 重复。"];
            }

            if (string.IsNullOrWhiteSpace(c.Title) || c.Title.Length > MaxTitleLength)
            {
                errors[$"{path}.title"] = [$"须填写中文名称（不超过 {MaxTitleLength} 字）。"];
            }

            if (c.TitleEn?.Length > MaxTitleLength)
            {
                errors[$"{path}.titleEn"] = [$"英文名称不超过 {MaxTitleLength} 字。"];
            }

            if (c.Level1?.Length > 20)
            {
                errors[$"{path}.level1"] = ["一级指标筛选不超过 20 字。"];
            }

            if (!Enum.IsDefined(c.Kind) || !Enum.IsDefined(c.AppliesTo))
            {
                errors[$"{path}.kind"] = ["计分方式或适用对象无效。"];
            }
            else if (c.Kind == ClauseKind.DeductShare && c.Share is not (> 0m and <= 1m))
            {
                errors[$"{path}.share"] = ["扣减比例须在 0（不含）到 1 之间。"];
            }
            else if (c.Kind != ClauseKind.DeductShare && c.Share is not null)
            {
                errors[$"{path}.share"] = ["只有按比例扣减的口径填写扣减比例。"];
            }
        }

        if (errors.Count == 0 && clauses.All(c => c!.Kind != ClauseKind.Judgement))
        {
            errors["clauses"] = ["须至少有一条复核人酌情评分（Judgement）的口径。"];
        }

        return errors;
    }

    /// <summary>The clauses as stored: codes upper-case, text trimmed, an empty English title filled with the Chinese.</summary>
    public static IReadOnlyList<RecheckClause> Normalised(IReadOnlyList<RecheckClause?> clauses) =>
        clauses.Select(c => c! with
        {
            Code = c.Code.ToUpperInvariant(),
            Title = c.Title.Trim(),
            TitleEn = string.IsNullOrWhiteSpace(c.TitleEn) ? c.Title.Trim() : c.TitleEn.Trim(),
            Level1 = string.IsNullOrWhiteSpace(c.Level1) ? null : c.Level1.Trim(),
        }).ToList();
}
