using System.Collections.Concurrent;
using JasperFx.Events.Projections;
using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// The yearly picture: PostgreSQL counts the year's (or a department's) form facts unit by unit
/// (<see cref="YearlyFactsSql"/>) and the domain's <see cref="YearlyAggregation.FromUnits"/> adds the units' tallies
/// up. Overdue tasks are judged against today in the year's time zone.
/// </summary>
/// <remarks>
/// A department's read moves a few dozen tally rows instead of its thousands of facts documents. Figures are also
/// kept per year, department, day and review due date together with the projection's progress: while the daemon has
/// projected nothing new, the facts are the same and so are the figures.
/// </remarks>
public sealed class YearlyFiguresQuery(IDocumentStore store, FiscalCalendars calendars, TimeProvider clock)
{
    private const int MaxCachedFigures = 512;
    private static readonly ShardName Shard = new(YearlyFormFactsProjection.ProjectionName, "All", 1);
    private readonly ConcurrentDictionary<CacheKey, YearlyFigures> _figures = new();
    private readonly YearlyFactsSql _sql = new(store);

    public async Task<YearlyFigures> ForYearAsync(int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var calendar = await calendars.ForYearAsync(fiscalYear, ct);
        var today = LocalDates.In(calendar?.TimeZone ?? FiscalCalendar.DefaultTimeZone, clock.GetUtcNow());
        var progress = await store.Advanced.ProjectionProgressFor(Shard, null!, ct);
        var key = new CacheKey(fiscalYear, departmentId, today, calendar?.ReviewDue, progress);
        if (_figures.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var units = await _sql.UnitTalliesAsync(fiscalYear, departmentId, today, calendar?.ReviewDue, ct);
        var figures = YearlyAggregation.FromUnits(fiscalYear, departmentId, units);
        if (_figures.Count >= MaxCachedFigures)
        {
            _figures.Clear();
        }

        _figures[key] = figures;
        return figures;
    }

    /// <summary>Recomputes from the facts, bypassing the cache (for measuring and checking).</summary>
    public void Forget() => _figures.Clear();

    private sealed record CacheKey(int FiscalYear, string? DepartmentId, DateOnly Today, DateOnly? ReviewDue, long Progress);
}
