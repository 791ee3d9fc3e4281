using Marten;

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

    /// <summary>
    /// One page of an ordered query, and the total. The page is read on its own, so an index that carries the order
    /// lets the database stop after the page's rows; the total is a count of the same query, skipped when the page
    /// itself shows where the results end (a first page that is not full, or a later one with some rows but not all).
    /// </summary>
    public static async Task<PagedList<T>> PageAsync<T>(
        IQueryable<T> query, int? page, int? pageSize, CancellationToken ct)
        where T : notnull
    {
        var number = page ?? 1;
        var size = pageSize ?? Limits.DefaultPageSize;
        var skipped = (long)(number - 1) * size;
        var items = await query
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(ct);
        var total = items.Count < size && (items.Count > 0 || number == 1)
            ? skipped + items.Count
            : await query.CountAsync(ct);
        return new PagedList<T>(items, number, size, total);
    }
}
