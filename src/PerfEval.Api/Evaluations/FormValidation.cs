using PerfEval.Api.Http;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;

namespace PerfEval.Api.Evaluations;

/// <summary>Whether a form is acceptable input: complete (the domain's rules) and within the HTTP edge's limits.</summary>
public static class FormValidation
{
    /// <summary>A 400 problem listing every failing field, or null when the form is acceptable input.</summary>
    public static IResult? Problem(EvaluationForm? form, FormInputValidator validator)
    {
        if (form is null)
        {
            return Problems.Validation([new FieldError("body", FieldLabels.For("body"), "请提交自评表内容。", "A form is required.")]);
        }

        var errors = Fields(form, validator);
        return errors.Count == 0 ? null : Problems.Validation(errors.Select(e => e.Error).ToList());
    }

    /// <summary>
    /// The failing fields of a form, each with its label and message in both languages, and whether it is only a
    /// blank cell (what a draft may still have while it is being filled in); empty when acceptable.
    /// </summary>
    public static List<(FieldError Error, bool Blank)> Fields(EvaluationForm form, FormInputValidator validator)
    {
        string? NameOf(int i) => form.Indicators is { } rows && i < rows.Count ? rows[i]?.Name : null;
        var completeness = FormValidator.Validate(form, "$").Select(e => (Error: Completeness(e, NameOf), Blank: e.IsBlank && IsCell(e)));
        var limits = form.Header is null || form.Funds is null || form.Indicators is null || form.Indicators.Any(i => i is null)
            ? []
            : validator.Validate(form).Errors.Select(e => (Error: ValidationMessages.From(e, NameOf), Blank: false));
        return completeness.Concat(limits).ToList();
    }

    /// <summary>The failing fields of a form by camel-case path (e.g. header.projectName), in the caller's language.</summary>
    public static Dictionary<string, string[]> Errors(EvaluationForm form, FormInputValidator validator) =>
        Fields(form, validator)
            .GroupBy(e => e.Error.Path)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Error.Message).Distinct().ToArray());

    /// <summary>A completeness error as a person reads it: "项目名称未填写。", "年度应为1990至2200之间的年度，现为“1800”。".</summary>
    private static FieldError Completeness(ImportError e, Func<int, string?> nameOf)
    {
        var path = e.Location.StartsWith("$.", StringComparison.Ordinal) ? e.Location[2..] : e.Location;
        var label = FieldLabels.For(path, nameOf);
        var (zh, en) = (label?.Zh ?? e.ExpectedZh, label?.En ?? e.ExpectedEn);
        return e.IsBlank
            ? new FieldError(path, label, $"{zh}未填写。", $"{Capitalized(en)} is not filled in.")
            : new FieldError(path, label, $"{zh}应为{e.ExpectedZh}，现为“{e.Found}”。", $"{Capitalized(en)} must be {e.ExpectedEn}; it is “{e.Found}”.");
    }

    /// <summary>Whether the error is about one cell a person fills in (not a whole missing table).</summary>
    private static bool IsCell(ImportError e) =>
        e.Location.StartsWith("$.header.", StringComparison.Ordinal)
        || (e.Location.StartsWith("$.indicators[", StringComparison.Ordinal) && e.Location.Contains("].", StringComparison.Ordinal));

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
