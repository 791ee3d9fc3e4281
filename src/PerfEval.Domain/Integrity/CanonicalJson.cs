using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfEval.Domain.Integrity;

/// <summary>
/// The bytes of an event's data that its link in the chain covers (docs/domain-rules.md#tamper-evident-trail): the
/// domain record written as compact UTF-8 JSON with one fixed configuration of its own, independent of the event
/// store's serializer settings, so the same record gives the same bytes as appended and as read back from the store.
/// </summary>
/// <remarks>
/// Properties in camelCase, ordered by name (ordinal), so reordering a record's parameters changes nothing; a null
/// property is left out, so a property added later to an event type with a null default leaves the links of the events
/// stored before it as they were (a property added with any other default would break them); enums by name; decimals without trailing
/// zeros (1.50 and 1.5 are the same amount, and a store that trims them breaks nothing); times with an offset in UTC
/// to the tick; text unescaped beyond what JSON requires (Chinese as UTF-8). Event records hold no maps.
/// </remarks>
public static class CanonicalJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The canonical bytes of <paramref name="data"/>, by its runtime type.</summary>
    public static byte[] Bytes(object data) => JsonSerializer.SerializeToUtf8Bytes(data, data.GetType(), Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OrderPropertiesByName } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new DecimalWithoutTrailingZeros());
        options.Converters.Add(new TimeInUtc());
        options.MakeReadOnly();
        return options;
    }

    private static void OrderPropertiesByName(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var ordered = info.Properties.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order = i;
        }
    }

    private sealed class DecimalWithoutTrailingZeros : JsonConverter<decimal>
    {
        private const string Format = "0.############################";

        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString(Format, CultureInfo.InvariantCulture), skipInputValidation: true);
    }

    private sealed class TimeInUtc : JsonConverter<DateTimeOffset>
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
    }
}
