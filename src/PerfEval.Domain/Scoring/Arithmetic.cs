namespace PerfEval.Domain.Scoring;

/// <summary>Rounding and the comparison of printed figures with exact ones.</summary>
internal static class Arithmetic
{
    /// <summary>
    /// Largest magnitude of a figure the engine computes with. Forms hold amounts in 万元 and scores out of 100; anything
    /// beyond is reported (<see cref="FindingCodes.FigureOutOfRange"/>) and clamped, so that no sum or product overflows.
    /// </summary>
    public const decimal MaxFigure = 1_000_000_000_000m;

    public static decimal ClampFigure(decimal value) => Clamp(value, -MaxFigure, MaxFigure);

    /// <summary>Division that saturates instead of throwing when a tiny divisor makes the quotient too large for decimal.</summary>
    public static decimal Divide(decimal numerator, decimal denominator)
    {
        try
        {
            return numerator / denominator;
        }
        catch (OverflowException)
        {
            return (numerator < 0m) ^ (denominator < 0m) ? decimal.MinValue : decimal.MaxValue;
        }
    }

    public static decimal Round(decimal value, int decimals) =>
        Math.Round(value, Math.Clamp(decimals, 0, 10), MidpointRounding.AwayFromZero);

    /// <summary>
    /// A printed figure matches the exact one when it is within the tolerance, or is the exact figure rounded or
    /// truncated to the decimals printed (forms do both, and some print integers).
    /// </summary>
    public static bool Matches(decimal printed, decimal exact, decimal tolerance)
    {
        if (Math.Abs(printed - exact) <= tolerance)
        {
            return true;
        }

        var decimals = Math.Min((int)printed.Scale, 10);
        return printed == Round(exact, decimals) || printed == Truncate(exact, decimals);
    }

    public static bool IsAbove(decimal claimed, decimal limit, decimal tolerance) => claimed - limit > tolerance;

    public static bool IsBelow(decimal claimed, decimal limit, decimal tolerance) => limit - claimed > tolerance;

    public static decimal Clamp(decimal value, decimal min, decimal max) => Math.Max(min, Math.Min(max, value));

    private static decimal Truncate(decimal value, int decimals)
    {
        // Beyond 10^15 no printed decimals are meaningful, and scaling could overflow.
        if (Math.Abs(value) >= 1_000_000_000_000_000m)
        {
            return Math.Truncate(value);
        }

        var factor = Pow10(decimals);
        return Math.Truncate(value * factor) / factor;
    }

    private static decimal Pow10(int decimals)
    {
        var factor = 1m;
        for (var i = 0; i < decimals; i++)
        {
            factor *= 10m;
        }

        return factor;
    }
}
