using System.Text.Json;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Json;

/// <summary>Imports the HTTP contract's JSON (<see cref="FormJson.Options"/>): one form object or an array of them.</summary>
public static class JsonFormImporter
{
    public static ImportResult Import(ReadOnlySpan<byte> utf8Json, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var forms = new List<EvaluationForm>();
        var errors = new List<ImportError>();
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            var probe = reader;
            probe.Read();
            if (probe.TokenType == JsonTokenType.StartArray)
            {
                var list = JsonSerializer.Deserialize<List<EvaluationForm?>>(ref reader, FormJson.Options) ?? [];
                if (list.Count > limits.MaxForms)
                {
                    return ImportResult.Failed(FormFileFormat.Json, Error("$", $"不超过{limits.MaxForms}张自评表", $"at most {limits.MaxForms} forms", $"{list.Count} forms"));
                }

                for (var i = 0; i < list.Count; i++)
                {
                    Collect(list[i], $"$[{i}]", limits, forms, errors);
                }
            }
            else
            {
                Collect(JsonSerializer.Deserialize<EvaluationForm>(ref reader, FormJson.Options), "$", limits, forms, errors);
            }

            if (reader.Read())
            {
                forms.Clear();
                errors.Add(Error($"$ (byte {reader.TokenStartIndex})", "JSON结束", "the end of the JSON document", reader.TokenType.ToString()));
            }
        }
        catch (JsonException problem)
        {
            var line = problem.LineNumber is { } l ? $" (line {l + 1})" : "";
            errors.Add(Error((problem.Path ?? "$") + line, "符合接口格式的自评表JSON", "a form in the API's JSON shape (EvaluationForm, camelCase)", problem.Message));
        }
        catch (Exception problem) when (problem is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            errors.Add(Error("$", "符合接口格式的自评表JSON", "a form in the API's JSON shape (EvaluationForm, camelCase)", problem.Message));
        }

        if (forms.Count == 0 && errors.Count == 0)
        {
            errors.Add(Error("$", "至少一张自评表", "at least one form", "an empty array"));
        }

        return new ImportResult(FormFileFormat.Json, forms, errors);
    }

    private static void Collect(EvaluationForm? form, string path, ImportLimits limits, List<EvaluationForm> forms, List<ImportError> errors)
    {
        var problems = FormValidator.Validate(form, path, limits);
        if (problems.Count == 0)
        {
            forms.Add(form!);
        }
        else
        {
            errors.AddRange(problems);
        }
    }

    internal static ImportError Error(string location, string expectedZh, string expectedEn, string found) =>
        ImportError.Create(location, expectedZh, expectedEn, found);
}
