namespace PerfEval.Domain.Forms;

/// <summary>
/// The fiscal years the platform accepts, everywhere a year comes in: a form's header, an import, a calendar, a
/// report, the yearly figures, the template.
/// </summary>
public static class FiscalYears
{
    public const int First = 1990;
    public const int Last = 2200;

    public static bool IsAccepted(int year) => year is >= First and <= Last;

    /// <summary>The rule as a person reads it, in Chinese and in English.</summary>
    public static readonly string Expected = $"{First}至{Last}之间的年度";
    public static readonly string ExpectedEn = $"a fiscal year between {First} and {Last}";

    /// <summary>The rule as a validation problem states it for a year field.</summary>
    public static readonly string Range = $"{First} to {Last}.";
}
