using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// The yearly picture: the year's (or a department's) form facts read with one indexed query and added up by the
/// domain's <see cref="YearlyAggregation"/>. Overdue tasks are judged against today in the year's time zone.
/// </summary>
public sealed class YearlyFiguresQuery(IDocumentStore store, FiscalCalendars calendars, TimeProvider clock)
{
    public async Task<YearlyFigures> ForYearAsync(int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var calendar = await calendars.ForYearAsync(fiscalYear, ct);
        await using var session = store.QuerySession();
        var query = session.Query<YearlyFormFacts>().Where(f => f.FiscalYear == fiscalYear);
        if (departmentId is not null)
        {
            query = query.Where(f => f.DepartmentId == departmentId);
        }

        var facts = await query.ToListAsync(ct);
        var today = LocalDates.In(calendar?.TimeZone ?? FiscalCalendar.DefaultTimeZone, clock.GetUtcNow());
        return YearlyAggregation.Aggregate(fiscalYear, departmentId, facts, today, calendar?.ReviewDue);
    }
}
