using Microsoft.Extensions.Configuration.Memory;
using PerfEval.Platform.Hosting;

namespace PerfEval.Worker;

/// <summary>
/// The background side in its own process: the async daemon with the bus forwarder, the RabbitMQ consumers and the
/// job server. Several replicas share the daemon's work with PerfEval:DaemonMode=HotCold, the default here.
/// </summary>
public static class WorkerProgram
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { ["PerfEval:DaemonMode"] = "HotCold" },
        });
        builder.Services.AddPerfEvalPlatform(builder.Configuration, "PerfEval.Worker", new WorkerSide(builder.Configuration));
        builder.Build().Run();
    }
}
