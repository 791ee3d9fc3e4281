using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Import.Json;

/// <summary>
/// Imports target declarations in the HTTP contract's JSON (<see cref="FormJson.Options"/>): one declaration object
/// or an array of them.
/// </summary>
public static class TargetJsonImporter
{
    private static readonly JsonWording Wording = new(
        "符合接口格式的绩效目标申报表JSON", "a target declaration in the API's JSON shape (TargetContent, camelCase)",
        "张绩效目标申报表", "declarations", "至少一张绩效目标申报表", "at least one target declaration");

    public static TargetImportResult Import(ReadOnlySpan<byte> utf8Json, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var (declarations, errors) = JsonDocumentReader.ReadAll<TargetContent>(
            utf8Json, limits, Wording, (content, path) => TargetValidator.Validate(content, path, limits));
        return new TargetImportResult(FormFileFormat.Json, declarations, errors);
    }
}
