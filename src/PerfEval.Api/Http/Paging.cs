using Marten;
using Marten.Linq;

namespace PerfEval.Api.Http;

/// <summary>A page of results with the total count.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public static class Paging
{
    public static IResult? Problem(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["Pages are numbered from 1."];
        }

        if (pageSize is < 1 or > Limits.MaxPageSize)
        {
            errors["pageSize"] = [$"1 to {Limits.MaxPageSize}."];
        }

        return errors.Count > 0 ? Problems.Validation(errors) : null;
    }

    public static async Task<PagedList<T>> PageAsync<T>(
        IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
        where T : notnull
    {
        var number = page ?? 1;
        var size = pageSize ?? Limits.DefaultPageSize;
        var items = await query
            .Stats(out QueryStatistics stats)
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(ct);
        return new PagedList<T>(items, number, size, stats.TotalResults);
    }
}
