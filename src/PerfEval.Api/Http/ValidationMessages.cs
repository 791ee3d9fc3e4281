using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace PerfEval.Api.Http;

/// <summary>
/// The validators' messages in Chinese and English through FluentValidation's language manager: one template per
/// rule and language, each naming the field by its label (<see cref="FieldLabels"/>) rather than by its property.
/// </summary>
public static class ValidationMessages
{
    /// <summary>Error code of the rule refusing control characters in text.</summary>
    public const string ControlCharactersCode = "ControlCharacters";

    /// <summary>Error code of a list longer than allowed (placeholder {MaxCount}).</summary>
    public const string TooManyCode = "TooMany";

    /// <summary>Error code of a fiscal year out of range (placeholder {Expected}).</summary>
    public const string FiscalYearCode = "FiscalYear";

    private static readonly (string Key, string Zh, string En)[] Templates =
    [
        ("InclusiveBetweenValidator", "{PropertyName}应在{From}到{To}之间，现为{PropertyValue}。", "{PropertyName} must be between {From} and {To}; it is {PropertyValue}."),
        ("MaximumLengthValidator", "{PropertyName}最多{MaxLength}个字，现有{TotalLength}个。", "{PropertyName} must be at most {MaxLength} characters; it has {TotalLength}."),
        ("NotEmptyValidator", "{PropertyName}未填写。", "{PropertyName} is not filled in."),
        ("NotNullValidator", "{PropertyName}未填写。", "{PropertyName} is not filled in."),
        ("PredicateValidator", "{PropertyName}不符合要求。", "{PropertyName} is not acceptable."),
        (ControlCharactersCode, "{PropertyName}含有控制字符（制表符和换行以外），请删除。", "{PropertyName} contains control characters (other than tab and line breaks); remove them."),
        (TooManyCode, "{PropertyName}最多{MaxCount}项。", "{PropertyName} may have at most {MaxCount} entries."),
        (FiscalYearCode, "{PropertyName}应为{Expected}。", "{PropertyName} must be {ExpectedEn}."),
    ];

    static ValidationMessages()
    {
        var languages = ValidatorOptions.Global.LanguageManager as FluentValidation.Resources.LanguageManager
            ?? throw new InvalidOperationException("FluentValidation's language manager was replaced.");
        foreach (var (key, zh, en) in Templates)
        {
            languages.AddTranslation(Language.Chinese.Name, key, zh);
            languages.AddTranslation(Language.English.Name, key, en);
        }
    }

    /// <summary>Registers the templates (once; later calls do nothing).</summary>
    public static void Register()
    {
        // The static constructor does the work.
    }

    /// <summary>
    /// A failure as a field error: its camel-case path, its label (naming the indicator row by
    /// <paramref name="indicatorName"/>) and the rule's template in both languages with that label.
    /// </summary>
    public static FieldError From(ValidationFailure failure, Func<int, string?>? indicatorName = null)
    {
        Register();
        var path = CamelPath(failure.PropertyName);
        var label = FieldLabels.For(path, indicatorName);
        return new FieldError(path, label, Build(failure, label?.Zh ?? path, Language.Chinese), Build(failure, label?.En ?? path, Language.English));
    }

    private static string Build(ValidationFailure failure, string label, System.Globalization.CultureInfo culture)
    {
        var template = ValidatorOptions.Global.LanguageManager.GetString(failure.ErrorCode, culture);
        if (string.IsNullOrEmpty(template))
        {
            return failure.ErrorMessage;
        }

        var formatter = new MessageFormatter();
        foreach (var (key, value) in failure.FormattedMessagePlaceholderValues ?? new Dictionary<string, object>())
        {
            formatter.AppendArgument(key, value);
        }

        formatter.AppendPropertyName(label);
        return formatter.BuildMessage(template);
    }

    /// <summary>"Indicators[8].ClaimedScore" → "indicators[8].claimedScore".</summary>
    public static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
