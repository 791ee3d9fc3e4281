using System.Text.Json;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Export;

/// <summary>Exports forms as the HTTP contract's JSON (indented <see cref="FormJson"/> settings): one object, or an array for several.</summary>
public static class JsonFormExporter
{
    public static void Export(EvaluationForm form, Stream output) =>
        JsonSerializer.Serialize(output, form, FormJson.IndentedOptions);

    public static void Export(IReadOnlyList<EvaluationForm> forms, Stream output)
    {
        if (forms.Count == 1)
        {
            Export(forms[0], output);
        }
        else
        {
            JsonSerializer.Serialize(output, forms, FormJson.IndentedOptions);
        }
    }

    public static string ToJson(EvaluationForm form) => JsonSerializer.Serialize(form, FormJson.IndentedOptions);
}
