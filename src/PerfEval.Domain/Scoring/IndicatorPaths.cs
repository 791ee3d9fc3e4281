namespace PerfEval.Domain.Scoring;

/// <summary>Cell paths in the camelCase names of the JSON contract, so that a client can point at the cell.</summary>
public static class IndicatorPaths
{
    public const string Weights = "weights";
    public const string FundsWeight = "funds.weight";
    public const string FundsScore = "funds.total.score";
    public const string FundsRate = "funds.total.rate";
    public const string ClaimedTotal = "claimedTotal";
    public const string ClaimedGrade = "claimedGrade";
    public const string Indicators = "indicators";

    public static string Row(int index) => $"indicators[{index}]";

    public static string ClaimedScore(int index) => $"indicators[{index}].claimedScore";

    public static string Actual(int index) => $"indicators[{index}].actual";

    public static string DeviationReason(int index) => $"indicators[{index}].deviationReason";

    public static string FundsRowRate(string row) => $"funds.{row}.rate";

    public static string FundsRowColumn(string row, string column) => $"funds.{row}.{column}";
}
