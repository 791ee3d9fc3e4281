using PerfEval.Platform.Hosting;

namespace PerfEval.IntegrationTests.EventStore;

/// <summary>What the event store sends PostgreSQL as JSON.</summary>
public sealed class StoredJsonTests
{
    /// <summary>
    /// Chinese text goes as UTF-8, three bytes a character, not as \uXXXX escapes of six; quotes inside strings as \".
    /// The JSON stays valid for jsonb: the characters JSON requires escaped still are.
    /// </summary>
    [Fact]
    public void Documents_and_events_are_written_with_Chinese_text_unescaped()
    {
        var serializer = EventStoreSetup.StoreBasics("Host=localhost", "any").Serializer();

        var json = serializer.ToJson(new { ProjectName = "工会会员卡专项资金补贴", Body = "{\"a\":\"<中>\"}\n" });

        Assert.Equal("{\"projectName\":\"工会会员卡专项资金补贴\",\"body\":\"{\\\"a\\\":\\\"<中>\\\"}\\n\"}", json);
    }
}
