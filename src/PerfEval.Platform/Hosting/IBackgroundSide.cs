using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Platform.Configuration;

namespace PerfEval.Platform.Hosting;

/// <summary>
/// What the worker adds to the shared platform: its consumers on the bus, the async daemon with the event forwarder,
/// and the job server. The worker process always adds it; the API process adds it only for local runs and tests
/// (<c>PerfEval:RunWorker</c>), so that one process can carry both sides.
/// </summary>
public interface IBackgroundSide
{
    /// <summary>Registers the consumers inside the bus's configuration.</summary>
    void AddConsumers(IBusRegistrationConfigurator bus);

    /// <summary>Registers the daemon, its subscriptions and the worker's services.</summary>
    void AddServices(
        IServiceCollection services, PlatformOptions platform, MartenServiceCollectionExtensions.MartenConfigurationExpression marten);
}
