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
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["A form is required."] });
        }

        var errors = Errors(form, validator);
        return errors.Count == 0 ? null : Problems.Validation(errors);
    }

    /// <summary>The failing fields of a form, by camel-case path (e.g. header.projectName); empty when acceptable.</summary>
    public static Dictionary<string, string[]> Errors(EvaluationForm form, FormInputValidator validator)
    {
        var completeness = FormValidator.Validate(form, "$")
            .Select(e => (Field: e.Location.StartsWith("$.", StringComparison.Ordinal) ? e.Location[2..] : e.Location,
                Message: e.MessageEn));
        var limits = form.Header is null || form.Funds is null || form.Indicators is null || form.Indicators.Any(i => i is null)
            ? []
            : validator.Validate(form).Errors.Select(e => (Field: ToCamelPath(e.PropertyName), Message: e.ErrorMessage));
        return completeness.Concat(limits)
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
    }

    private static string ToCamelPath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
