using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The checks of the cross-check pass that read one form only (docs/domain-rules.md#checks-across-forms-and-years):
/// every score at its maximum while the scoring found errors; one indicator under both 产出 and 效益; a 成本指标 with
/// ≥ (<see cref="DeclarationRules.IsCostAtLeast"/>, the declaration's rule); a zero actual with no reason.
/// </summary>
public static class FormChecks
{
    public static void Check(CrossCheckForm form, CrossCheckSettings settings, List<CrossFinding> findings)
    {
        AllMaxWithErrors(form, findings);
        OutputAndBenefit(form, settings, findings);
        var rows = form.Indicators;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var target = row.ParseTarget();
            if (DeclarationRules.IsCostAtLeast(row.Level2, target))
            {
                findings.Add(new CrossFinding(TargetFindings.CostAtLeast(i, row.Name, target.Text)));
            }

            if (IsZeroActualUnexplained(row, target))
            {
                findings.Add(new CrossFinding(CrossCheckFindings.ZeroActualUnexplained(i, row.Name, row.Actual)));
            }
        }
    }

    /// <summary>
    /// Every claimed score (budget execution and each indicator) equals its weight, and the latest scorecard has
    /// error findings.
    /// </summary>
    public static void AllMaxWithErrors(CrossCheckForm form, List<CrossFinding> findings)
    {
        if (form.ScorecardErrors is not > 0 || form.Indicators.Count == 0)
        {
            return;
        }

        var allMax = form.ExecutionClaimedScore is { } execution && execution >= form.ExecutionWeight
            && form.Indicators.All(r => r.ClaimedScore is { } claimed && claimed >= r.Weight);
        if (allMax)
        {
            findings.Add(new CrossFinding(CrossCheckFindings.AllMaxWithErrors(form.ScorecardErrors.Value)));
        }
    }

    /// <summary>A 效益 row whose text is the same or nearly the same as a 产出 row's; reported on the 效益 row.</summary>
    public static void OutputAndBenefit(CrossCheckForm form, CrossCheckSettings settings, List<CrossFinding> findings)
    {
        var rows = form.Indicators;
        List<(int Index, long[] Shingles)>? outputs = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (IsLevel1(rows[i], "产出"))
            {
                (outputs ??= []).Add((i, TextSimilarity.Trigrams(TextSimilarity.Normalize(rows[i].Name))));
            }
        }

        if (outputs is null)
        {
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (!IsLevel1(rows[i], "效益"))
            {
                continue;
            }

            var shingles = TextSimilarity.Trigrams(TextSimilarity.Normalize(rows[i].Name));
            foreach (var (index, output) in outputs)
            {
                if (TextSimilarity.Dice(shingles, output) >= settings.IndicatorSimilarity)
                {
                    findings.Add(new CrossFinding(
                        CrossCheckFindings.OutputAndBenefit(i, rows[i].Name, index, rows[index].Name),
                        form.Id, index, form.ProjectName, form.UnitId, form.FiscalYear, form.UnitName, form.DepartmentId,
                        CrossFinding.KindOf(form)));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// An actual of zero with no deviation reason, where the target asked for more than nothing (a "≤ 0 accidents"
    /// target met with 0 is not reported).
    /// </summary>
    public static bool IsZeroActualUnexplained(IndicatorRow row, Measure target) =>
        row.ParseActual() is { Kind: MeasureKind.Quantity, Number: 0m }
        && !row.HasDeviationReason()
        && target is not { Comparator: Comparator.AtMost or Comparator.LessThan }
        && target is not { Kind: MeasureKind.Quantity, Number: <= 0m };

    /// <summary>The row's level-1 heading starts with the category (产出 matches 产出指标).</summary>
    public static bool IsLevel1(IndicatorRow row, string category) =>
        row.Level1.AsSpan().Trim().StartsWith(category, StringComparison.Ordinal);
}
