using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PerfEval.Api.Http;

/// <summary>
/// The caller's language: Chinese or English, from Accept-Language (zh* → Chinese, en* → English, anything else
/// Chinese), set per request by ASP.NET Core's request localization as the UI culture. Numbers and dates in the
/// API's answers stay culture-invariant; only the words change.
/// </summary>
public static class Language
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Whether the caller reads English (otherwise Chinese).</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The caller's language as one of the two cultures the API speaks.</summary>
    public static CultureInfo Current => IsEnglish ? English : Chinese;

    /// <summary>The text in the caller's language.</summary>
    public static string Pick(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>Request localization from Accept-Language only; the UI culture is what changes.</summary>
    public static IServiceCollection AddCallerLanguage(this IServiceCollection services)
    {
        ValidationMessages.Register();
        return services.AddRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Chinese);
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = [Chinese, CultureInfo.GetCultureInfo("zh"), CultureInfo.GetCultureInfo("en-US"), English];
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });
    }
}
