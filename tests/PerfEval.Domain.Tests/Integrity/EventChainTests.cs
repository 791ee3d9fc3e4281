using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Integrity;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Integrity;

/// <summary>The link of one event (docs/domain-rules.md#tamper-evident-trail) and the bytes it covers.</summary>
public class EventChainTests
{
    private static readonly Guid Stream = Guid.Parse("6f1c2d7e-0000-4000-8000-000000000001");

    /// <summary>A stand-in for an event record, with every kind of value the form's events hold.</summary>
    private sealed record Sample(
        decimal Amount,
        decimal? Missing,
        string Text,
        DateTimeOffset At,
        DateOnly? Due,
        EvidenceSlot Slot,
        IReadOnlyList<string> Lines,
        int Count = 0);

    /// <summary>Serializer settings like the event store's (camelCase, enums by name), to stand for what it stores.</summary>
    private static readonly JsonSerializerOptions StoreLike = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static object RoundTrip(object data) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(data, data.GetType(), StoreLike), data.GetType(), StoreLike)!;

    [Fact]
    public void The_link_is_sha256_of_previous_stream_version_type_and_canonical_data_in_hex()
    {
        var data = new EvaluationPublished(Stream, "m1");
        var canonical = CanonicalJson.Bytes(data);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            [.. Encoding.UTF8.GetBytes($"abc\n{Stream:D}\n7\nEvaluationPublished\n"), .. canonical]));

        Assert.Equal("""{"evaluationId":"6f1c2d7e-0000-4000-8000-000000000001","managerId":"m1"}""", Encoding.UTF8.GetString(canonical));
        Assert.Equal(expected, EventChain.Link("abc", Stream, 7, data));
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public void Each_part_of_the_link_changes_it()
    {
        var data = new EvaluationPublished(Stream, "m1");
        var link = EventChain.Link("abc", Stream, 7, data);

        Assert.NotEqual(link, EventChain.Link("abd", Stream, 7, data));
        Assert.NotEqual(link, EventChain.Link("abc", Guid.NewGuid(), 7, data));
        Assert.NotEqual(link, EventChain.Link("abc", Stream, 8, data));
        Assert.NotEqual(link, EventChain.Link("abc", Stream, 7, new EvaluationPublished(Stream, "m2")));
        Assert.NotEqual(link, EventChain.Link("abc", Stream, 7, new EvaluationReopened(Stream, "", "m1")));
        Assert.Equal(link, EventChain.Link("abc", Stream, 7, new EvaluationPublished(Stream, "m1")));
    }

    [Fact]
    public void Canonical_bytes_order_properties_by_name_drop_nulls_and_keep_chinese_as_utf8()
    {
        var sample = new Sample(
            1.50m, null, "灵活就业工作经费 “满意度”", new DateTimeOffset(2025, 3, 31, 9, 30, 0, TimeSpan.FromHours(8)),
            new DateOnly(2025, 6, 30), EvidenceSlot.AcceptanceReport, ["一", "二"]);

        Assert.Equal(
            """{"amount":1.5,"at":"2025-03-31T01:30:00.0000000Z","count":0,"due":"2025-06-30","lines":["一","二"],"slot":"AcceptanceReport","text":"灵活就业工作经费 “满意度”"}""",
            Encoding.UTF8.GetString(CanonicalJson.Bytes(sample)));
    }

    [Fact]
    public void Decimals_with_trailing_zeros_and_times_in_another_offset_give_the_same_bytes()
    {
        var at = new DateTimeOffset(2025, 3, 31, 9, 30, 0, TimeSpan.FromHours(8));
        var a = new Sample(100.00m, 0.10m, "x", at, null, EvidenceSlot.Other, []);
        var b = new Sample(100m, 0.1m, "x", at.ToUniversalTime(), null, EvidenceSlot.Other, []);

        Assert.Equal(CanonicalJson.Bytes(a), CanonicalJson.Bytes(b));
    }

    [Fact]
    public void A_property_added_later_with_a_null_default_leaves_older_links_as_they_were()
    {
        // EvaluationApproved gained ChainHead (default null): an approval without it links as it always did.
        var approval = new EvaluationApproved(Stream, Guid.Empty, 95.50m, "优", "r1", "审核人");

        Assert.DoesNotContain("chainHead", Encoding.UTF8.GetString(CanonicalJson.Bytes(approval)), StringComparison.Ordinal);
        Assert.Contains("chainHead", Encoding.UTF8.GetString(CanonicalJson.Bytes(approval with { ChainHead = "ab" })), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_of_a_seed_forms_life_links_the_same_as_appended_and_as_read_back()
    {
        var events = SeedLifecycle.Everything(SeedForms.FlexibleEmployment)
            .Append(new EvaluationApproved(Stream, Guid.NewGuid(), 88.80m, "良", "r1", "审核人", new string('a', 64)))
            .ToList();

        Assert.All(events, (data, i) =>
            Assert.Equal(EventChain.Link("head", Stream, i + 1, data), EventChain.Link("head", Stream, i + 1, RoundTrip(data))));
    }

    [Fact]
    public void Evidence_hashes_are_covered_by_the_link()
    {
        var file = new EvidenceRef(Guid.NewGuid(), EvidenceSlot.Voucher, 2, "凭证.pdf", "application/pdf", 1024, new string('0', 64), "u1", "单位经办人");
        var other = file with { Sha256 = new string('1', 64) };

        Assert.NotEqual(CanonicalJson.Bytes(file), CanonicalJson.Bytes(other));
        Assert.Equal(CanonicalJson.Bytes(file), CanonicalJson.Bytes(RoundTrip(file)));
    }
}
