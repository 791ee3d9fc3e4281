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

    /// <summary>The identifier format as a field's message, in Chinese and English.</summary>
    public const string IdentifierRuleZh = "应为1到64个字符：字母、数字、“-”“_”或“.”，如 dept-education。";

    public const string IdentifierRule = "must be 1 to 64 characters: letters, digits, '-', '_' or '.', e.g. dept-education.";

    public static bool IsIdentifier(string? value) => value is not null && IdentifierPattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
    private static partial Regex IdentifierPattern();
}
