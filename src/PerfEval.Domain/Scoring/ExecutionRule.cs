using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// 预算执行率 per 财预〔2020〕10号: rate = 全年执行数 ÷ 全年预算数; score = weight × min(rate, 100 %).
/// </summary>
internal static class ExecutionRule
{

    public static ExecutionResult Evaluate(FundsTable funds, ScoringProfile profile, List<Finding> findings)
    {
        var total = funds.Total;
        var weight = funds.Weight;
        if (weight != profile.ExecutionWeight)
        {
            findings.Add(FindingFactory.ExecutionWeightUnexpected(weight, profile.ExecutionWeight, profile.Name));
        }

        CheckRowsAddUp(funds, profile.Tolerance, findings);
        CheckSubRowRate(funds.CurrentAppropriation, "currentAppropriation", new("当年财政拨款", "Current appropriation"), profile, findings);
        CheckSubRowRate(funds.CarryOver, "carryOver", new("上年结转资金", "Carry-over"), profile, findings);
        CheckSubRowRate(funds.Other, "other", new("其他资金", "Other funds"), profile, findings);

        var exactRate = ExactRate(total);
        if (exactRate is not { } rate)
        {
            findings.Add(FindingFactory.ExecutionRateUndefined());
            var fallback = Arithmetic.Clamp(funds.ClaimedScore ?? 0m, 0m, Math.Max(weight, 0m));
            CheckClaimBounds(funds.ClaimedScore, weight, profile, findings);
            return new ExecutionResult(total.FullYearBudget, total.Executed, null, total.ClaimedRate, weight, funds.ClaimedScore, fallback);
        }

        if (total.ClaimedRate is { } claimedRate && !Arithmetic.Matches(claimedRate, rate, profile.Tolerance))
        {
            findings.Add(FindingFactory.ExecutionRateMismatch(IndicatorPaths.FundsRate, new("年度资金总额", "Total funds"), claimedRate, Arithmetic.Round(rate, 2)));
        }

        var exactScore = Math.Max(weight, 0m) * Math.Min(Math.Max(rate, 0m), 100m) / 100m;
        var computedScore = Arithmetic.Round(exactScore, profile.ExecutionScoreDecimals);

        if (funds.ClaimedScore is { } claimed)
        {
            if (!CheckClaimBounds(claimed, weight, profile, findings)
                && !Arithmetic.Matches(claimed, exactScore, profile.Tolerance))
            {
                findings.Add(FindingFactory.ExecutionScoreMismatch(claimed, computedScore, total.Executed!.Value, total.FullYearBudget!.Value, weight));
            }
        }
        else
        {
            findings.Add(FindingFactory.ScoreMissing(IndicatorPaths.FundsScore, FindingFactory.Subject.BudgetExecution, computedScore));
        }

        if (rate < profile.DeviationReasonRateThreshold)
        {
            findings.Add(FindingFactory.ExecutionReasonMissing(Arithmetic.Round(rate, 2), profile.DeviationReasonRateThreshold));
        }

        return new ExecutionResult(total.FullYearBudget, total.Executed, Arithmetic.Round(rate, 2), total.ClaimedRate, weight, funds.ClaimedScore, computedScore);
    }

    /// <summary>executed ÷ full-year budget × 100; null when either is missing or the budget is not positive.</summary>
    private static decimal? ExactRate(FundsRow row) =>
        row is { FullYearBudget: > 0m, Executed: { } executed } ? Arithmetic.ClampFigure(Arithmetic.Divide(executed * 100m, row.FullYearBudget.Value)) : null;

    /// <summary>Reports a claim outside [0, weight]; true when it did (the mismatch would then say the same twice).</summary>
    private static bool CheckClaimBounds(decimal? claimed, decimal weight, ScoringProfile profile, List<Finding> findings)
    {
        switch (claimed)
        {
            case { } c when Arithmetic.IsAbove(c, weight, profile.Tolerance):
                findings.Add(FindingFactory.ScoreAboveWeight(IndicatorPaths.FundsScore, FindingFactory.Subject.BudgetExecution, c, weight));
                return true;
            case < 0m:
                findings.Add(FindingFactory.ScoreNegative(IndicatorPaths.FundsScore, FindingFactory.Subject.BudgetExecution, claimed.Value));
                return true;
            default:
                return false;
        }
    }

    private static void CheckSubRowRate(FundsRow row, string key, FindingFactory.Subject label, ScoringProfile profile, List<Finding> findings)
    {
        if (row.ClaimedRate is { } claimed && ExactRate(row) is { } rate && !Arithmetic.Matches(claimed, rate, profile.Tolerance))
        {
            findings.Add(FindingFactory.ExecutionRateMismatch(IndicatorPaths.FundsRowRate(key), label, claimed, Arithmetic.Round(rate, 2)));
        }
    }

    /// <summary>年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, column by column, where all four are printed.</summary>
    private static void CheckRowsAddUp(FundsTable funds, decimal tolerance, List<Finding> findings)
    {
        Check(r => r.InitialBudget, "initialBudget", "年初预算数");
        Check(r => r.FullYearBudget, "fullYearBudget", "全年预算数");
        Check(r => r.Executed, "executed", "全年执行数");

        void Check(Func<FundsRow, decimal?> column, string key, string labelZh)
        {
            if (column(funds.Total) is { } total
                && column(funds.CurrentAppropriation) is { } current
                && column(funds.CarryOver) is { } carryOver
                && column(funds.Other) is { } other
                && Math.Abs(total - (current + carryOver + other)) > tolerance)
            {
                findings.Add(FindingFactory.FundsRowsNotSum(key, labelZh, total, current + carryOver + other));
            }
        }
    }
}
