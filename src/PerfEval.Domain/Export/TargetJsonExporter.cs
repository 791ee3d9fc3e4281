using System.Text.Json;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Export;

/// <summary>
/// Exports target declarations as the HTTP contract's JSON (indented <see cref="FormJson"/> settings): one object, or
/// an array for several.
/// </summary>
public static class TargetJsonExporter
{
    public static void Export(TargetContent declaration, Stream output) =>
        JsonSerializer.Serialize(output, declaration, FormJson.IndentedOptions);

    public static void Export(IReadOnlyList<TargetContent> declarations, Stream output)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        if (declarations.Count == 1)
        {
            Export(declarations[0], output);
        }
        else
        {
            JsonSerializer.Serialize(output, declarations, FormJson.IndentedOptions);
        }
    }

    public static string ToJson(TargetContent declaration) => JsonSerializer.Serialize(declaration, FormJson.IndentedOptions);
}
