using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Disclosure;

/// <summary>
/// The cells of a published form that an admin may keep off the public site (docs/domain-rules.md#public-disclosure).
/// The project, its department, the year, the indicators' names and weights and the final total and grade are always
/// public; these may be withheld. Keys are stable: they are what the settings store.
/// </summary>
public static class PublicFields
{
    /// <summary>One field that may be withheld, with its label as the official form prints it.</summary>
    public sealed record Field(string Key, string Label, string LabelEn);

    public const string ImplementingUnit = "implementingUnit";
    public const string InitialBudget = "initialBudget";
    public const string FullYearBudget = "fullYearBudget";
    public const string Executed = "executed";
    public const string ExecutionRate = "executionRate";
    public const string ExecutionScore = "executionScore";
    public const string GoalsExpected = "goalsExpected";
    public const string GoalsActual = "goalsActual";
    public const string IndicatorTarget = "indicatorTarget";
    public const string IndicatorActual = "indicatorActual";
    public const string IndicatorScore = "indicatorScore";
    public const string DeviationReason = "deviationReason";
    public const string SelfTotal = "selfTotal";

    public static IReadOnlyList<Field> All { get; } =
    [
        new(ImplementingUnit, "实施单位", "Implementing unit"),
        new(InitialBudget, "年初预算数", "Initial budget"),
        new(FullYearBudget, "全年预算数", "Full-year budget"),
        new(Executed, "全年执行数", "Executed"),
        new(ExecutionRate, "执行率", "Execution rate"),
        new(ExecutionScore, "预算执行得分", "Budget execution score"),
        new(GoalsExpected, "年度总体目标（预期目标）", "Annual goals (expected)"),
        new(GoalsActual, "年度总体目标（实际完成情况）", "Annual goals (achieved)"),
        new(IndicatorTarget, "年度指标值", "Indicator targets"),
        new(IndicatorActual, "实际完成值", "Indicator actuals"),
        new(IndicatorScore, "指标自评得分", "Indicator self-assessed scores"),
        new(DeviationReason, "偏差原因分析及改进措施", "Deviation reasons and remedies"),
        new(SelfTotal, "自评总分", "Self-assessed total"),
    ];

    /// <summary>Most entries a setting's list may have (repeats are kept once).</summary>
    public const int MaxEntries = 50;

    /// <summary>
    /// The keys as the settings keep them (each once, in the catalogue's order), or the first refusal: a missing
    /// list, too many entries, or a key the catalogue does not have.
    /// </summary>
    public static (IReadOnlyList<string> Keys, DomainError? Error) Normalize(IReadOnlyList<string?>? keys)
    {
        if (keys is null)
        {
            return ([], PublicErrors.HiddenFieldsRequired);
        }

        if (keys.Count > MaxEntries)
        {
            return ([], PublicErrors.TooManyFields);
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is not { } key || All.All(f => f.Key != key))
            {
                return ([], PublicErrors.UnknownField(i, keys[i]));
            }
        }

        return ([.. All.Select(f => f.Key).Where(keys.Contains)], null);
    }

    public static IReadOnlyList<Field> Of(IEnumerable<string> keys)
    {
        var set = keys.ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(f => set.Contains(f.Key))];
    }
}

/// <summary>The refusals of the public site's settings and reads.</summary>
public static class PublicErrors
{
    public static readonly DomainError HiddenFieldsRequired = new(
        ErrorKind.Invalid, "public.hidden_fields_required",
        "请提供不公开字段列表 hiddenFields（可为空列表）。",
        "hiddenFields is required (an empty list makes every field public).")
    { Field = "hiddenFields" };

    public static readonly DomainError TooManyFields = new(
        ErrorKind.Invalid, "public.too_many_fields",
        $"不公开字段列表过长（最多 {PublicFields.MaxEntries} 项）。",
        $"hiddenFields lists too many entries (at most {PublicFields.MaxEntries}).")
    { Field = "hiddenFields" };

    public static DomainError UnknownField(int index, string? key) => new(
        ErrorKind.Invalid, "public.unknown_field",
        $"未知的字段“{key}”；可设为不公开的字段：{string.Join("、", PublicFields.All.Select(f => $"{f.Key}（{f.Label}）"))}。",
        $"Unknown field '{key}'; the fields that may be withheld: {string.Join(", ", PublicFields.All.Select(f => f.Key))}.")
    { Field = $"hiddenFields[{index}]" };

    public static readonly DomainError InvalidGrade = new(
        ErrorKind.Invalid, "public.invalid_grade", "等级只能是 优、良、中 或 差。", "grade is one of 优, 良, 中, 差.")
    { Field = "grade" };
}
