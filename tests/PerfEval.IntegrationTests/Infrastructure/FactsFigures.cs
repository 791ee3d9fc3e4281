using Marten;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Yearly;

namespace PerfEval.TestOracles;

/// <summary>
/// The yearly figures added up from the stored facts by <see cref="FactsOracle"/>, and the target declarations counted
/// from their documents by the domain's <see cref="TargetAggregation"/>, beside the tallies' own.
/// </summary>
public static class FactsFigures
{
    public static async Task<YearlyFigures> FromFactsAsync(
        YearlyFiguresQuery query, IDocumentStore store, int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var (today, reviewDue) = await query.TodayAsync(fiscalYear, ct);
        await using var session = store.QuerySession();
        var facts = session.Query<YearlyFormFacts>().Where(f => f.FiscalYear == fiscalYear);
        var declarations = session.Query<TargetDeclaration>().Where(t => t.FiscalYear == fiscalYear);
        if (departmentId is not null)
        {
            facts = facts.Where(f => f.DepartmentId == departmentId);
            declarations = declarations.Where(t => t.DepartmentId == departmentId);
        }

        var all = await facts.ToListAsync(ct);
        var figures = FactsOracle.Aggregate(fiscalYear, departmentId, all, today, reviewDue);
        var targets = TargetAggregation.From([.. (await declarations.ToListAsync(ct)).Select(TargetAggregation.Of)]);
        return figures with { Targets = targets, DepartmentWide = YearlyAggregation.DepartmentWideRows(all) };
    }
}
