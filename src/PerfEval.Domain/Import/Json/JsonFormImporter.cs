using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Json;

/// <summary>Imports the HTTP contract's JSON (<see cref="FormJson.Options"/>): one form object or an array of them.</summary>
public static class JsonFormImporter
{
    private static readonly JsonWording Wording = new(
        "符合接口格式的自评表JSON", "a form in the API's JSON shape (EvaluationForm, camelCase)",
        "张自评表", "forms", "至少一张自评表", "at least one form");

    public static ImportResult Import(ReadOnlySpan<byte> utf8Json, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var (forms, errors) = JsonDocumentReader.ReadAll<EvaluationForm>(
            utf8Json, limits, Wording, (form, path) => FormValidator.Validate(form, path, limits));
        return new ImportResult(FormFileFormat.Json, forms, errors);
    }
}
