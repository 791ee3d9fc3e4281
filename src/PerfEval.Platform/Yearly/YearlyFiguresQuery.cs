using System.Collections.Concurrent;
using JasperFx.Events.Projections;
using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// The yearly picture: the running tallies of the year's (or a department's) units, read with one indexed query
/// (<see cref="YearlyTallies"/>) and added up by the domain's <see cref="YearlyAggregation.FromUnits"/>, and the
/// department-wide forms listed beside them. Overdue
/// tasks are judged against today in the year's time zone.
/// </summary>
/// <remarks>
/// Figures are also kept per year, department, day and review due date together with the projection's progress:
/// while the daemon has projected nothing new, the tallies are the same and so are the figures.
/// </remarks>
public sealed class YearlyFiguresQuery(IDocumentStore store, FiscalCalendars calendars, TimeProvider clock)
{
    public const string DepartmentWideFactsIndex = "mt_doc_yearlyformfacts_department_wide";

    private const int MaxCachedFigures = 512;
    private static readonly ShardName Shard = new(YearlyFormFactsProjection.ProjectionName, "All", 1);
    private readonly ConcurrentDictionary<CacheKey, YearlyFigures> _figures = new();

    /// <summary>
    /// The year's figures with its target declarations. The declarations are written inline (no daemon), so they are
    /// counted at each read rather than kept with the forms' figures.
    /// </summary>
    public async Task<YearlyFigures> ForYearAsync(int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var forms = await FormsForYearAsync(fiscalYear, departmentId, ct);
        var targets = await TargetTallies.ReadAsync(store, fiscalYear, departmentId, ct);
        return forms with { Targets = TargetAggregation.From(targets) };
    }

    private async Task<YearlyFigures> FormsForYearAsync(int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var (today, reviewDue) = await TodayAsync(fiscalYear, ct);
        var progress = await store.Advanced.ProjectionProgressFor(Shard, null!, ct);
        var key = new CacheKey(fiscalYear, departmentId, today, reviewDue, progress);
        if (_figures.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var units = await YearlyTallies.ReadAsync(store, fiscalYear, departmentId, today, reviewDue, ct);
        var figures = YearlyAggregation.FromUnits(fiscalYear, departmentId, units) with
        {
            DepartmentWide = YearlyAggregation.DepartmentWideRows(await DepartmentWideFactsAsync(fiscalYear, departmentId, ct)),
        };
        if (_figures.Count >= MaxCachedFigures)
        {
            _figures.Clear();
        }

        _figures[key] = figures;
        return figures;
    }

    /// <summary>
    /// The year's department-wide forms' facts (one per department at most), read through the partial index on them
    /// (<see cref="DepartmentWideFactsIndex"/>): the predicate is written out so the index applies.
    /// </summary>
    private async Task<IReadOnlyList<YearlyFormFacts>> DepartmentWideFactsAsync(int fiscalYear, string? departmentId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var table = store.Options.Schema.For<YearlyFormFacts>();
        var sql = $"select data from {table} where kind = 'DepartmentWide' and fiscal_year = ?";
        return departmentId is null
            ? await session.QueryAsync<YearlyFormFacts>(sql, ct, fiscalYear)
            : await session.QueryAsync<YearlyFormFacts>(sql + " and department_id = ?", ct, fiscalYear, departmentId);
    }

    /// <summary>Today in the year's time zone, and the year's review due date: what overdue tasks are judged by.</summary>
    public async Task<(DateOnly Today, DateOnly? ReviewDue)> TodayAsync(int fiscalYear, CancellationToken ct)
    {
        var calendar = await calendars.ForYearAsync(fiscalYear, ct);
        return (LocalDates.In(calendar?.TimeZone ?? FiscalCalendar.DefaultTimeZone, clock.GetUtcNow()), calendar?.ReviewDue);
    }

    /// <summary>Forgets the figures kept, so the next read adds up the tallies again (for measuring and checking).</summary>
    public void Forget() => _figures.Clear();

    private sealed record CacheKey(int FiscalYear, string? DepartmentId, DateOnly Today, DateOnly? ReviewDue, long Progress);
}
