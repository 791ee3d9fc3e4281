using System.Collections.Concurrent;
using JasperFx.Events.Projections;
using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// The yearly picture: the year's (or a department's) form facts read with one indexed query and added up by the
/// domain's <see cref="YearlyAggregation"/>. Overdue tasks are judged against today in the year's time zone.
/// </summary>
/// <remarks>
/// A whole province's year is hundreds of thousands of facts, so figures are kept per year, department, day and
/// review due date together with the projection's progress: while the daemon has projected nothing new, the facts
/// are the same and so are the figures. The answer is the same as without the cache, only not recomputed.
/// </remarks>
public sealed class YearlyFiguresQuery(IDocumentStore store, FiscalCalendars calendars, TimeProvider clock)
{
    private const int MaxCachedFigures = 512;
    private static readonly ShardName Shard = new(YearlyFormFactsProjection.ProjectionName, "All", 1);
    private readonly ConcurrentDictionary<CacheKey, YearlyFigures> _figures = new();

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

        await using var session = store.QuerySession();
        var query = session.Query<YearlyFormFacts>().Where(f => f.FiscalYear == fiscalYear);
        if (departmentId is not null)
        {
            query = query.Where(f => f.DepartmentId == departmentId);
        }

        var facts = await query.ToListAsync(ct);
        var figures = YearlyAggregation.Aggregate(fiscalYear, departmentId, facts, today, calendar?.ReviewDue);
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
