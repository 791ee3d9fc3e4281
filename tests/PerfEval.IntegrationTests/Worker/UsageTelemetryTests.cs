using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Worker;

/// <summary>MassTransit's usage telemetry (a report of the bus's configuration sent to its vendor) is off.</summary>
[Collection(PlatformCollection.Name)]
public sealed class UsageTelemetryTests(PlatformFixture platform)
{
    [Fact]
    public void The_bus_sends_no_usage_telemetry_out() =>
        Assert.False(platform.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
}
