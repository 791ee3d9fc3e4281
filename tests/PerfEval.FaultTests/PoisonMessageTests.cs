using System.Text;
using System.Text.Json;
using PerfEval.FaultTests.Infrastructure;
using PerfEval.Platform.Messaging;
using RabbitMQ.Client;

namespace PerfEval.FaultTests;

[Collection(FaultCollection.Name)]
public sealed class PoisonMessageTests(FaultFixture servers)
{
    [Fact]
    public async Task Poison_message_lands_in_the_error_queue_is_reported_and_does_not_block_the_queue()
    {
        await using var scenario = new Scenario(servers);
        await scenario.StartApiAsync();
        var worker = await scenario.StartWorkerAsync("worker-poison");
        var errorQueue = scenario.IntakeQueue + ErrorQueues.Suffix;

        // A submission message whose body no consumer can handle, sent straight to the intake queue.
        var poisonId = Guid.NewGuid();
        await using (var connection = await servers.Rabbit.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var envelope = JsonSerializer.SerializeToUtf8Bytes(new
            {
                messageId = poisonId,
                messageType = new[] { "urn:message:PerfEval.Contracts.V1:EvaluationSubmittedV1" },
                message = new { evaluationId = "not-a-form", submission = "first" },
            });
            var properties = new BasicProperties
            {
                MessageId = poisonId.ToString(),
                ContentType = "application/vnd.masstransit+json",
                Persistent = true,
            };
            await channel.BasicPublishAsync("", scenario.IntakeQueue, mandatory: true, properties, envelope);
        }

        // The queue keeps moving: a real submission sent after the poison message is taken in.
        using var unit = await scenario.UnitClient();
        var form = await Scenario.SubmitOneAsync(unit);
        var ledger = new Ledger(scenario);
        var counts = await ledger.WaitUntilAllOnceAsync([form], TimeSpan.FromSeconds(60));
        Assert.True(counts.AllOnce([form]), counts.Describe([form]));

        // Exactly the poison message waits in the error queue, read without the management plug-in.
        await Eventually.Until(async () => (await scenario.QueueState(errorQueue)).Messages == 1,
            $"one message in {errorQueue}", TimeSpan.FromSeconds(60),
            async () => $"{(await scenario.QueueState(errorQueue)).Messages} messages" + Scenario.Tail(worker));
        await using (var connection = await servers.Rabbit.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            var got = await channel.BasicGetAsync(errorQueue, autoAck: false);
            Assert.NotNull(got);
            Assert.Equal(poisonId.ToString(), got.BasicProperties.MessageId);
            Assert.Contains("not-a-form", Encoding.UTF8.GetString(got.Body.Span));
            await channel.BasicNackAsync(got.DeliveryTag, multiple: false, requeue: true);
        }

        Assert.Equal(0u, (await scenario.QueueState(scenario.IntakeQueue)).Messages);

        // Operators see it: a log line naming the message and the error queue, and readiness naming the queue.
        Assert.Equal(1, worker.Lines.Count(l =>
            l.Contains("Poison message", StringComparison.Ordinal) && l.Contains(poisonId.ToString(), StringComparison.Ordinal) &&
            l.Contains(errorQueue, StringComparison.Ordinal)));

        using var anonymous = scenario.Api.CreateClient();
        var ready = await anonymous.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.IsSuccessStatusCode, body);
        using var health = JsonDocument.Parse(body);
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        var errorCheck = health.RootElement.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "error-queues");
        Assert.Equal("Degraded", errorCheck.GetProperty("status").GetString());
        Assert.Contains($"{errorQueue} (1)", errorCheck.GetProperty("description").GetString());
        Assert.Equal("1", errorCheck.GetProperty("data").GetProperty(errorQueue).GetString());
    }
}
