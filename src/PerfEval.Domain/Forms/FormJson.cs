using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfEval.Domain.Forms;

/// <summary>
/// The one JSON setup for forms, scorecards and findings: camelCase as in the HTTP contract,
/// enums as camelCase strings, Chinese text written as is (readable files), nulls kept.
/// </summary>
public static class FormJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>The same settings, indented, for files people open.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 32,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly();
        return options;
    }
}
