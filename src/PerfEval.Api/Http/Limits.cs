using System.Text.RegularExpressions;

namespace PerfEval.Api.Http;

/// <summary>
/// The identifier format and page sizes of the HTTP contract; sizes of input that a deployment may tune are
/// <see cref="InputLimits"/>.
/// </summary>
public static partial class Limits
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public const string IdentifierRule = "1 to 64 characters: letters, digits, '-', '_' or '.'.";

    public static bool IsIdentifier(string? value) => value is not null && IdentifierPattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
    private static partial Regex IdentifierPattern();
}
