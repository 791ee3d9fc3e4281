using System.Text.Json;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Json;

/// <summary>How a JSON reader names what the document holds, in its errors.</summary>
/// <param name="ShapeZh">The expected shape, e.g. 符合接口格式的自评表JSON.</param>
/// <param name="ItemZh">The unit counted, e.g. 张自评表.</param>
/// <param name="ItemsEn">The items, plural, e.g. forms.</param>
/// <param name="OneEn">At least one item, e.g. at least one form.</param>
internal sealed record JsonWording(string ShapeZh, string ShapeEn, string ItemZh, string ItemsEn, string OneZh, string OneEn);

/// <summary>
/// Reads the HTTP contract's JSON (<see cref="FormJson.Options"/>): one object or an array of them, each checked by
/// a validator for what deserialization does not guarantee. A JSON error is reported with its path and line.
/// </summary>
internal static class JsonDocumentReader
{
    public static (List<T> Items, List<ImportError> Errors) ReadAll<T>(
        ReadOnlySpan<byte> utf8Json, ImportLimits limits, JsonWording wording, Func<T?, string, IReadOnlyList<ImportError>> validate)
        where T : class
    {
        var items = new List<T>();
        var errors = new List<ImportError>();
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            var probe = reader;
            probe.Read();
            if (probe.TokenType == JsonTokenType.StartArray)
            {
                var list = JsonSerializer.Deserialize<List<T?>>(ref reader, FormJson.Options) ?? [];
                if (list.Count > limits.MaxForms)
                {
                    errors.Add(Error("$", $"不超过{limits.MaxForms}{wording.ItemZh}", $"at most {limits.MaxForms} {wording.ItemsEn}", $"{list.Count} {wording.ItemsEn}"));
                    return (items, errors);
                }

                for (var i = 0; i < list.Count; i++)
                {
                    Collect(list[i], $"$[{i}]");
                }
            }
            else
            {
                Collect(JsonSerializer.Deserialize<T>(ref reader, FormJson.Options), "$");
            }

            if (reader.Read())
            {
                items.Clear();
                errors.Add(Error($"$ (byte {reader.TokenStartIndex})", "JSON结束", "the end of the JSON document", reader.TokenType.ToString()));
            }
        }
        catch (JsonException problem)
        {
            var line = problem.LineNumber is { } l ? $" (line {l + 1})" : "";
            errors.Add(Error((problem.Path ?? "$") + line, wording.ShapeZh, wording.ShapeEn, problem.Message));
        }
        catch (Exception problem) when (problem is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            errors.Add(Error("$", wording.ShapeZh, wording.ShapeEn, problem.Message));
        }

        if (items.Count == 0 && errors.Count == 0)
        {
            errors.Add(Error("$", wording.OneZh, wording.OneEn, "an empty array"));
        }

        return (items, errors);

        void Collect(T? item, string path)
        {
            var problems = validate(item, path);
            if (problems.Count == 0)
            {
                items.Add(item!);
            }
            else
            {
                errors.AddRange(problems);
            }
        }
    }

    public static ImportError Error(string location, string expectedZh, string expectedEn, string found) =>
        ImportError.Create(location, expectedZh, expectedEn, found);
}
