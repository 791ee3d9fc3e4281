using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Domain.Integrity;

/// <summary>
/// The link of one event in its stream's chain (docs/domain-rules.md#tamper-evident-trail):
/// SHA-256 over the previous event's link, the stream id, the version, the event type's name, each followed by a line
/// feed, then the canonical bytes of the event's data (<see cref="CanonicalJson"/>); lowercase hex. The first chained
/// event of a stream links to the empty string.
/// </summary>
public static class EventChain
{
    /// <summary>The name of the event metadata header the store keeps each event's link under.</summary>
    public const string Header = "chain-hash";

    /// <summary>The link of <paramref name="data"/> stored at <paramref name="version"/> after <paramref name="previous"/>.</summary>
    public static string Link(string? previous, Guid streamId, long version, object data) =>
        Link(previous, streamId, version, data.GetType().Name, CanonicalJson.Bytes(data));

    public static string Link(string? previous, Guid streamId, long version, string typeName, ReadOnlySpan<byte> canonical)
    {
        var prefix = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"{previous}\n{streamId:D}\n{version}\n{typeName}\n"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(prefix);
        hash.AppendData(canonical);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The links of <paramref name="events"/> appended in order at the versions after <paramref name="currentVersion"/>,
    /// continuing from <paramref name="head"/> (the stream's chain head; null for a new stream or one written before the
    /// chain).
    /// </summary>
    public static IReadOnlyList<string> Links(string? head, Guid streamId, long currentVersion, IEnumerable<object> events)
    {
        var links = new List<string>();
        var version = currentVersion;
        foreach (var data in events)
        {
            head = Link(head, streamId, ++version, data);
            links.Add(head);
        }

        return links;
    }
}
