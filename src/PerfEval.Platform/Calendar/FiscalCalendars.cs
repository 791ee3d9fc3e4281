using Marten;
using PerfEval.Domain.Calendar;

namespace PerfEval.Platform.Calendar;

/// <summary>The fiscal years' deadlines, stored as documents keyed by year.</summary>
public sealed class FiscalCalendars(IDocumentStore store)
{
    public async Task<FiscalCalendar?> ForYearAsync(int fiscalYear, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<FiscalCalendar>(fiscalYear, ct);
    }

    public async Task<IReadOnlyList<FiscalCalendar>> AllAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<FiscalCalendar>().ToListAsync(ct);
    }

    public async Task SaveAsync(FiscalCalendar calendar, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(calendar);
        await session.SaveChangesAsync(ct);
    }
}
