using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace PerfEval.Platform.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog for every process: settings from the "Serilog" configuration section, the log context (which carries
    /// CorrelationId through requests, consumers and jobs), and a console sink.
    /// </summary>
    public static IServiceCollection AddPlatformLogging(this IServiceCollection services, string application) =>
        services.AddSerilog((sp, logger) => logger
            .ReadFrom.Configuration(sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>())
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Marten", LogEventLevel.Warning)
            .MinimumLevel.Override("MassTransit", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", application)
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, outputTemplate:
                "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {{CorrelationId={CorrelationId}}} <{SourceContext}>{NewLine}{Exception}"));
}
