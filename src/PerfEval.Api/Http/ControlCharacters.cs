using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Api.Http;

/// <summary>
/// Text takes no control characters but tab, line feed and carriage return: they have no meaning on a form, and
/// PostgreSQL's jsonb, where forms and events are stored, cannot hold U+0000 at all.
/// </summary>
public static class ControlCharacters
{
    public const string Rule = "Text may not contain control characters (other than tab and line breaks).";

    public static bool In(string? text) => text is not null && text.Any(IsRefused);

    private static bool IsRefused(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>Refuses such text in every JSON body as it is read, so no endpoint can store it.</summary>
    public sealed class RefusingConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return In(text) ? throw new JsonException(Rule) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
