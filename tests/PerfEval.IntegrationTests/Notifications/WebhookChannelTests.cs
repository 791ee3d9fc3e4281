using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PerfEval.Domain.Notifications;
using PerfEval.Worker.Notifications;

namespace PerfEval.IntegrationTests.Notifications;

/// <summary>The webhook channel posts notifications as JSON to the configured URL and fails loudly when it cannot.</summary>
public sealed class WebhookChannelTests
{
    private sealed class Recorder(HttpStatusCode answer) : HttpMessageHandler
    {
        public List<(Uri Uri, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add((request.RequestUri!, await request.Content!.ReadAsStringAsync(ct)));
            return new HttpResponseMessage(answer);
        }
    }

    private static readonly Notification Sample = new()
    {
        Id = Notification.IdFor("event-1", Audiences.Unit("unit-1")),
        Audience = Audiences.Unit("unit-1"),
        Kind = "review-approved",
        Title = "自评表审核通过",
        TitleEn = "Approved",
        CreatedAt = DateTimeOffset.Parse("2025-03-01T08:00:00Z", CultureInfo.InvariantCulture),
    };

    private static WebhookChannel Channel(Recorder recorder) => new(
        new HttpClient(recorder),
        new NotificationOptions { Webhook = { Url = "https://notify.example/hook" } },
        NullLogger<WebhookChannel>.Instance);

    [Fact]
    public async Task Posts_the_notifications_as_a_json_array_to_the_configured_url()
    {
        var recorder = new Recorder(HttpStatusCode.OK);

        await Channel(recorder).DeliverAsync([Sample], CancellationToken.None);

        var (uri, body) = Assert.Single(recorder.Requests);
        Assert.Equal("https://notify.example/hook", uri.ToString());
        var posted = JsonDocument.Parse(body).RootElement[0];
        Assert.Equal(Sample.Id, posted.GetProperty("id").GetGuid());
        Assert.Equal("自评表审核通过", posted.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_refusing_receiver_makes_delivery_fail_so_the_message_is_retried()
    {
        var recorder = new Recorder(HttpStatusCode.ServiceUnavailable);
        await Assert.ThrowsAsync<HttpRequestException>(() => Channel(recorder).DeliverAsync([Sample], CancellationToken.None));
    }
}
