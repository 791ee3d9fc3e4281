using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// Keeps absurd figures (a weight of 10^27 in a JSON body) from overflowing the engine's sums: each figure beyond
/// <see cref="Arithmetic.MaxFigure"/> is reported and taken at the bound. Forms within range pass through untouched.
/// </summary>
internal static class FigureGuard
{
    public static EvaluationForm Sanitize(EvaluationForm form, List<Finding> findings)
    {
        if (IsInRange(form))
        {
            return form;
        }

        var funds = form.Funds;
        var indicators = new IndicatorRow[form.Indicators.Count];
        for (var i = 0; i < indicators.Length; i++)
        {
            var row = form.Indicators[i];
            indicators[i] = row with
            {
                Weight = Checked(row.Weight, $"indicators[{i}].weight", findings),
                ClaimedScore = Checked(row.ClaimedScore, IndicatorPaths.ClaimedScore(i), findings),
            };
        }

        return form with
        {
            Funds = funds with
            {
                Total = Checked(funds.Total, "total", findings),
                CurrentAppropriation = Checked(funds.CurrentAppropriation, "currentAppropriation", findings),
                CarryOver = Checked(funds.CarryOver, "carryOver", findings),
                Other = Checked(funds.Other, "other", findings),
                Weight = Checked(funds.Weight, IndicatorPaths.FundsWeight, findings),
                ClaimedScore = Checked(funds.ClaimedScore, IndicatorPaths.FundsScore, findings),
            },
            Indicators = indicators,
            ClaimedTotal = Checked(form.ClaimedTotal, IndicatorPaths.ClaimedTotal, findings),
        };
    }

    private static bool IsInRange(EvaluationForm form)
    {
        var funds = form.Funds;
        if (!InRange(funds.Total) || !InRange(funds.CurrentAppropriation) || !InRange(funds.CarryOver) || !InRange(funds.Other)
            || !InRange(funds.Weight) || !InRange(funds.ClaimedScore) || !InRange(form.ClaimedTotal))
        {
            return false;
        }

        foreach (var row in form.Indicators)
        {
            if (!InRange(row.Weight) || !InRange(row.ClaimedScore))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InRange(FundsRow row) =>
        InRange(row.InitialBudget) && InRange(row.FullYearBudget) && InRange(row.Executed) && InRange(row.ClaimedRate);

    private static bool InRange(decimal? value) => value is not { } v || Math.Abs(v) <= Arithmetic.MaxFigure;

    private static FundsRow Checked(FundsRow row, string key, List<Finding> findings) => row with
    {
        InitialBudget = Checked(row.InitialBudget, IndicatorPaths.FundsRowColumn(key, "initialBudget"), findings),
        FullYearBudget = Checked(row.FullYearBudget, IndicatorPaths.FundsRowColumn(key, "fullYearBudget"), findings),
        Executed = Checked(row.Executed, IndicatorPaths.FundsRowColumn(key, "executed"), findings),
        ClaimedRate = Checked(row.ClaimedRate, IndicatorPaths.FundsRowRate(key), findings),
    };

    private static decimal Checked(decimal value, string path, List<Finding> findings) => Checked((decimal?)value, path, findings)!.Value;

    private static decimal? Checked(decimal? value, string path, List<Finding> findings)
    {
        if (value is { } v && Math.Abs(v) > Arithmetic.MaxFigure)
        {
            findings.Add(FindingFactory.FigureOutOfRange(path, v, Arithmetic.MaxFigure));
            return Arithmetic.ClampFigure(v);
        }

        return value;
    }
}
