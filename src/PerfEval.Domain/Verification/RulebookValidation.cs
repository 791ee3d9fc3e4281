using System.Text.RegularExpressions;

namespace PerfEval.Domain.Verification;

/// <summary>
/// What a rulebook an admin saves must be (docs/domain-rules.md#rulebook): 1 to 200 clauses; codes unique and of the
/// form <c>FH-01</c> (letters, a hyphen, digits); titles given; a share in (0, 1] on every deduct-share clause and on no
/// other; at least one judgement clause (the score adjustment records under it). Errors by field path, each a sentence in
/// Chinese and in English.
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

    public static Dictionary<string, (string Zh, string En)> Errors(IReadOnlyList<RecheckClause?>? clauses)
    {
        var errors = new Dictionary<string, (string Zh, string En)>();
        if (clauses is null || clauses.Count == 0 || clauses.Count > MaxClauses)
        {
            errors["clauses"] = ($"复核口径须有 1 到 {MaxClauses} 条。", $"A rulebook has 1 to {MaxClauses} clauses.");
            return errors;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < clauses.Count; i++)
        {
            var path = $"clauses[{i}]";
            var zh = $"第{i + 1}条口径";
            var en = $"Clause {i + 1}";
            if (clauses[i] is not { } c)
            {
                errors[path] = ($"{zh}不能为空。", $"{en} is empty.");
                continue;
            }

            if (c.Code is null || !CodePattern().IsMatch(c.Code))
            {
                errors[$"{path}.code"] = ($"{zh}的编号须为字母、连字符和数字，如 FH-01。", $"{en}: the code is letters, a hyphen and digits, e.g. FH-01.");
            }
            else if (!codes.Add(c.Code))
            {
                errors[$"{path}.code"] = ($"{zh}的编号 {c.Code} 重复。", $"{en}: the code {c.Code} is used twice.");
            }

            if (string.IsNullOrWhiteSpace(c.Title) || c.Title.Length > MaxTitleLength)
            {
                errors[$"{path}.title"] = ($"{zh}须填写中文名称（不超过 {MaxTitleLength} 字）。", $"{en}: the Chinese title is required (at most {MaxTitleLength} characters).");
            }

            if (c.TitleEn?.Length > MaxTitleLength)
            {
                errors[$"{path}.titleEn"] = ($"{zh}的英文名称不超过 {MaxTitleLength} 字。", $"{en}: the English title has at most {MaxTitleLength} characters.");
            }

            if (c.Level1?.Length > 20)
            {
                errors[$"{path}.level1"] = ($"{zh}的一级指标筛选不超过 20 字。", $"{en}: the level-1 filter has at most 20 characters.");
            }

            if (!Enum.IsDefined(c.Kind) || !Enum.IsDefined(c.AppliesTo))
            {
                errors[$"{path}.kind"] = ($"{zh}的计分方式或适用对象无效。", $"{en}: the scoring or what it applies to is not one the rules know.");
            }
            else if (c.Kind == ClauseKind.DeductShare && c.Share is not (> 0m and <= 1m))
            {
                errors[$"{path}.share"] = ($"{zh}的扣减比例须在 0（不含）到 1 之间。", $"{en}: the share deducted is more than 0 and at most 1.");
            }
            else if (c.Kind != ClauseKind.DeductShare && c.Share is not null)
            {
                errors[$"{path}.share"] = ($"{zh}不是按比例扣减的口径，不填扣减比例。", $"{en}: only a clause that deducts a share has a share.");
            }
        }

        if (errors.Count == 0 && clauses.All(c => c!.Kind != ClauseKind.Judgement))
        {
            errors["clauses"] = ("须至少有一条复核人酌情评分的口径。", "At least one clause must be the reviewer's judgement.");
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
