using PerfEval.Api.Http;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

public static class FormValidation
{
    private static readonly FormInputValidator Validator = new();

    /// <summary>A 400 problem listing every failing field, or null when the form is acceptable input.</summary>
    public static IResult? Problem(EvaluationForm? form)
    {
        if (form is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["A form is required."] });
        }

        var errors = Errors(form);
        return errors.Count == 0 ? null : Problems.Validation(errors);
    }

    /// <summary>The failing fields of a form, by camel-case path; empty when the form is acceptable input.</summary>
    public static Dictionary<string, string[]> Errors(EvaluationForm form) =>
        Validator.Validate(form).Errors
            .GroupBy(e => ToCamelPath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());

    private static string ToCamelPath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
