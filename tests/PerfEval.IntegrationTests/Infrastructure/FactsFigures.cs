using Marten;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Yearly;

namespace PerfEval.TestOracles;

/// <summary>The yearly figures added up from the stored facts by <see cref="FactsOracle"/>, beside the tallies' own.</summary>
public static class FactsFigures
{
    public static async Task<YearlyFigures> FromFactsAsync(
        YearlyFiguresQuery query, IDocumentStore store, int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var (today, reviewDue) = await query.TodayAsync(fiscalYear, ct);
        await using var session = store.QuerySession();
        var facts = session.Query<YearlyFormFacts>().Where(f => f.FiscalYear == fiscalYear);
        if (departmentId is not null)
        {
            facts = facts.Where(f => f.DepartmentId == departmentId);
        }

        return FactsOracle.Aggregate(fiscalYear, departmentId, await facts.ToListAsync(ct), today, reviewDue);
    }
}
