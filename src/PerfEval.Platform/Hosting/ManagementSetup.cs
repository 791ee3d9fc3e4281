using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.History;
using PerfEval.Platform.Reports;
using PerfEval.Platform.Sampling;
using PerfEval.Platform.Yearly;

namespace PerfEval.Platform.Hosting;

public static class ManagementSetup
{
    /// <summary>
    /// What management reads: audit history, the yearly facts (an async projection) and their tallies, the target
    /// declarations' counts, fiscal calendars, reports, sample draws.
    /// </summary>
    public static IServiceCollection AddManagement(this IServiceCollection services)
    {
        services.ConfigureMarten((sp, options) => ConfigureStore(
            options,
            new FactsPace(
                TimeSpan.FromMilliseconds(sp.GetRequiredService<PlatformOptions>().YearlyFactsIntervalMilliseconds),
                TimeProvider.System)));
        services.AddSingleton<EvaluationHistory>();
        services.AddSingleton<FiscalCalendars>();
        services.AddSingleton<YearlyFiguresQuery>();
        services.AddSingleton<ProjectionRebuilder>();
        services.AddOptions<SamplingOptions>().BindConfiguration(SamplingOptions.Section);
        services.AddSingleton<IUnitDeviations, UnitDeviationsFromFacts>();
        services.AddSingleton<SamplePopulationQuery>();
        services.AddSingleton<SampleDraws>();
        return services;
    }

    /// <summary>
    /// The documents and projections of management, for the platform's store and the benchmark's; the yearly facts
    /// paced by <paramref name="factsPace"/> at the head of the stream (none: every page as soon as it is loaded).
    /// </summary>
    public static void ConfigureStore(StoreOptions options, FactsPace? factsPace = null)
    {
        options.Projections.Add(new YearlyFormFactsProjection(factsPace), ProjectionLifecycle.Async);
        // Year and department as indexed columns (the year report reads a year; the figures added up from the facts,
        // which the tests and the benchmark check the tallies against, read a department). Facts stored before these
        // columns existed get them when the projection is rebuilt.
        options.Schema.For<YearlyFormFacts>()
            .Duplicate(x => x.FiscalYear)
            .Duplicate(x => x.DepartmentId);
        // Running tallies per year, department and unit, kept by a trigger on the facts table (YearlyTallies).
        options.Storage.Add(new YearlyTallySchema(options));
        // Target declarations by year, department and unit as indexed columns: the yearly figures count a year's (or a
        // department's) declarations by them (TargetTallies), and GET /api/targets and /api/monitoring/{year} filter
        // on them; a few per unit and year, so plain indexes serve.
        options.Schema.For<TargetDeclaration>()
            .Duplicate(x => x.UnitId)
            .Duplicate(x => x.DepartmentId)
            .Duplicate(x => x.FiscalYear);
        options.Schema.For<FiscalCalendar>().Identity(x => x.Id);
        options.Schema.For<YearReport>().Index(x => x.RequestedAt);
        options.Schema.For<YearReportFile>();
        SamplingStore.Configure(options);
    }
}
