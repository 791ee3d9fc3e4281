using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// The checks of a target declaration (docs/domain-rules.md#target-checks), as findings like the form's: the weights
/// add up to the profile's total; the level-1 categories the profile requires are there; a number carries a
/// comparator and a unit; a cost indicator has no lower bound; a target is not below the project's actual of the
/// previous year; a qualitative target says what would measure it.
/// </summary>
public static class DeclarationRules
{
    /// <summary>Wordings that name an effect without a measure ("社会效益明显", "有效提升").</summary>
    public static IReadOnlyList<string> VagueWords { get; } =
        ["明显", "有效提升", "有所提升", "显著", "进一步", "大幅", "稳步", "较好", "良好", "不断"];

    /// <param name="previousActuals">
    /// The project's previous-year actuals by indicator name (<see cref="TargetIds.Normalize"/>), from its approved
    /// self-evaluation; empty when there is none.
    /// </param>
    public static IReadOnlyList<Finding> Check(
        TargetContent content, ScoringProfile profile, IReadOnlyDictionary<string, Measure> previousActuals)
    {
        var findings = new List<Finding>();
        var sum = content.ExecutionWeight + content.Indicators.Sum(i => i.Weight);
        if (Arithmetic.IsAbove(sum, profile.TotalWeight, profile.Tolerance) || Arithmetic.IsBelow(sum, profile.TotalWeight, profile.Tolerance))
        {
            findings.Add(TargetFindings.WeightsNotTotal(sum, profile.TotalWeight));
        }

        foreach (var category in profile.RequiredLevel1)
        {
            if (!content.Indicators.Any(i => i.Level1.Trim().StartsWith(category, StringComparison.Ordinal)))
            {
                findings.Add(TargetFindings.Level1Missing(category));
            }
        }

        for (var i = 0; i < content.Indicators.Count; i++)
        {
            CheckIndicator(content.Indicators[i], i, previousActuals, findings);
        }

        return findings;
    }

    private static void CheckIndicator(
        TargetIndicator row, int index, IReadOnlyDictionary<string, Measure> previousActuals, List<Finding> findings)
    {
        var target = row.ParseTarget();
        switch (target.Kind)
        {
            case MeasureKind.Empty:
                findings.Add(TargetFindings.ValueMissing(index, row.Name));
                return;
            case MeasureKind.Quantity:
                CheckQuantity(row, index, target, previousActuals, findings);
                return;
            case MeasureKind.Qualitative when VagueWords.FirstOrDefault(w => target.Word!.Contains(w, StringComparison.Ordinal)) is { } word:
                findings.Add(TargetFindings.Vague(index, row.Name, target.Text, word));
                return;
            default:
                return;
        }
    }

    private static void CheckQuantity(
        TargetIndicator row, int index, Measure target, IReadOnlyDictionary<string, Measure> previousActuals, List<Finding> findings)
    {
        if (target.Comparator is not { } comparator)
        {
            findings.Add(TargetFindings.ComparatorMissing(index, row.Name, target.Text));
        }
        else if (IsCostAtLeast(row.Level2, target))
        {
            findings.Add(TargetFindings.CostAtLeast(index, row.Name, target.Text));
        }

        if (target.Unit is null)
        {
            findings.Add(TargetFindings.UnitMissing(index, row.Name, target.Text));
        }

        if (previousActuals.TryGetValue(TargetIds.Normalize(row.Name), out var previous)
            && IsBelowPreviousActual(target, previous))
        {
            findings.Add(TargetFindings.BelowPreviousActual(index, row.Name, target, previous));
        }
    }

    /// <summary>成本指标: by its level-2 heading.</summary>
    public static bool IsCost(TargetIndicator row) => IsCost(row.Level2);

    /// <summary>成本指标: a level-2 heading (二级指标) containing 成本.</summary>
    public static bool IsCost(string level2) => level2.Contains("成本", StringComparison.Ordinal);

    /// <summary>
    /// <c>COST_TARGET_AT_LEAST</c>: a cost indicator whose target has a lower bound (≥ or &gt;). Also checked on forms
    /// by the checks across forms (CrossChecks/FormChecks).
    /// </summary>
    public static bool IsCostAtLeast(string level2, Measure target) =>
        IsCost(level2) && target is { Kind: MeasureKind.Quantity, Comparator: Comparator.AtLeast or Comparator.MoreThan };

    /// <summary>
    /// <c>TARGET_BELOW_PREVIOUS_ACTUAL</c>: a ≥, &gt; or = target below the previous year's actual of the same
    /// indicator, in the same unit. Also checked on forms by the checks across forms (CrossChecks/CrossChecker).
    /// </summary>
    public static bool IsBelowPreviousActual(Measure target, Measure previous) =>
        target is { Kind: MeasureKind.Quantity, Comparator: Comparator.AtLeast or Comparator.MoreThan or Comparator.Equal, Number: { } now }
        && previous is { Kind: MeasureKind.Quantity, Number: { } before }
        && previous.Unit == target.Unit
        && now < before;
}
