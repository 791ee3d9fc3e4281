namespace PerfEval.Domain.Scoring;

/// <summary>Weights add up to 100; 总分 = execution score + indicator scores; 评分等级 follows the total (财预〔2020〕10号).</summary>
internal static class TotalsRule
{
    public static void CheckWeights(decimal weightsTotal, ScoringProfile profile, List<Finding> findings)
    {
        if (Math.Abs(weightsTotal - profile.TotalWeight) > profile.Tolerance)
        {
            findings.Add(FindingFactory.WeightsNot100(weightsTotal, profile.TotalWeight));
        }
    }

    public static void CheckTotal(decimal? printedTotal, decimal claimedSum, ScoringProfile profile, List<Finding> findings)
    {
        if (printedTotal is { } printed && Math.Abs(printed - claimedSum) > profile.Tolerance)
        {
            findings.Add(FindingFactory.TotalNotSum(printed, claimedSum));
        }
    }

    public static void CheckGrade(string? printedGrade, decimal? printedTotal, decimal claimedSum, string computedGrade, decimal computedTotal, ScoringProfile profile, List<Finding> findings)
    {
        if (string.IsNullOrWhiteSpace(printedGrade))
        {
            return;
        }

        var grade = printedGrade.Trim();
        var total = printedTotal ?? claimedSum;
        var expected = profile.GradeOf(total);
        if (grade != expected)
        {
            findings.Add(FindingFactory.GradeMismatch(grade, expected, total));
        }
        else if (computedGrade != grade)
        {
            findings.Add(FindingFactory.GradeChangesOnRecompute(grade, computedGrade, computedTotal));
        }
    }
}
