using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring.Common;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// Scores a form by the method of 财预〔2020〕10号 under a <see cref="ScoringProfile"/>: the system's figures beside the
/// unit's, and findings where they part. Pure and allocation-light: it is run for every submitted form.
/// </summary>
public static class ScoringEngine
{
    public static Scorecard Score(EvaluationForm form, ScoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(profile);

        var findings = new List<Finding>();
        form = FigureGuard.Sanitize(form, findings);
        var execution = ExecutionRule.Evaluate(form.Funds, profile, findings);

        var rows = form.Indicators;
        var indicators = new IndicatorResult[rows.Count];
        var weightsTotal = form.Funds.Weight;
        var claimedSum = form.Funds.ClaimedScore ?? 0m;
        var computedTotal = execution.ComputedScore;
        var departmentWide = form.Kind == FormKind.DepartmentWide;
        for (var i = 0; i < rows.Count; i++)
        {
            var common = departmentWide ? CommonIndicators.Find(rows[i].Name) : null;
            var result = IndicatorRule.Evaluate(rows[i], i, profile, findings, common, form.Department);
            indicators[i] = result;
            weightsTotal += rows[i].Weight;
            claimedSum += rows[i].ClaimedScore ?? 0m;
            computedTotal += result.ComputedScore;
        }

        if (departmentWide)
        {
            CommonIndicatorRule.CheckPresent(rows, findings);
        }

        computedTotal = Arithmetic.Round(computedTotal, 2);
        var computedGrade = profile.GradeOf(computedTotal);
        TotalsRule.CheckWeights(weightsTotal, profile, findings);
        TotalsRule.CheckTotal(form.ClaimedTotal, claimedSum, profile, findings);
        TotalsRule.CheckGrade(form.ClaimedGrade, form.ClaimedTotal, claimedSum, computedGrade, computedTotal, profile, findings);

        return new Scorecard
        {
            ProfileName = profile.Name,
            Execution = execution,
            Indicators = indicators,
            WeightsTotal = weightsTotal,
            ClaimedTotal = form.ClaimedTotal,
            ClaimedSum = claimedSum,
            ComputedTotal = computedTotal,
            ClaimedGrade = form.ClaimedGrade,
            ComputedGrade = computedGrade,
            Findings = findings,
        };
    }

    /// <summary>
    /// Scores a submitted form and checks it against its project's approved targets (docs/domain-rules.md#targets-lock):
    /// <c>TARGET_CHANGED</c> per locked cell that differs, <c>TARGET_NOT_APPROVED</c> when there are none. The
    /// department-wide form has no project targets to be locked to.
    /// </summary>
    public static Scorecard Score(EvaluationForm form, ScoringProfile profile, Targets.TargetContent? approvedTargets)
    {
        var scorecard = Score(form, profile);
        if (form.Kind == FormKind.DepartmentWide)
        {
            return scorecard;
        }

        return scorecard with { Findings = [.. scorecard.Findings, .. Targets.TargetLock.Check(form, approvedTargets)] };
    }

    /// <summary>Scores with <see cref="ScoringProfile.Default"/>.</summary>
    public static Scorecard Score(EvaluationForm form) => Score(form, ScoringProfile.Default);
}
