using System.Globalization;
using System.Text;
using Marten;
using Microsoft.IO;

namespace PerfEval.Api.Http;

/// <summary>A page of results with the total count.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public static class Paging
{
    public static IResult? Problem(int? page, int? pageSize)
    {
        var errors = new List<FieldError>();
        if (page is < 1)
        {
            errors.Add(FieldError.Labelled("page", "从1开始编号。", "pages are numbered from 1."));
        }

        if (pageSize is < 1 or > Limits.MaxPageSize)
        {
            errors.Add(FieldError.Labelled("pageSize", $"应在1到{Limits.MaxPageSize}之间。", $"must be 1 to {Limits.MaxPageSize}."));
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
        var items = await query
            .Skip((number - 1) * size)
            .Take(size)
            .ToListAsync(ct);
        return new PagedList<T>(items, number, size, await TotalAsync(query, number, size, items.Count, ct));
    }

    /// <summary>
    /// The same page as <see cref="PageAsync{T}"/>, answered with JSON PostgreSQL builds for it, with no deserializing
    /// and serializing again: <paramref name="writeItems"/> writes the page's rows (its second argument, cut from
    /// <paramref name="ordered"/>) as a JSON array and returns the count of <paramref name="matching"/> (its first: the
    /// same rows unordered), so that it can ask for both in one round trip (<see cref="StoredJsonItems"/>). PostgreSQL's
    /// JSON has the names the API's serializer gives (camelCase, enums as names, nulls written), so only the order of the
    /// properties may differ from a typed answer. The page is held in pooled blocks until it is written: a page of 200
    /// forms' summaries is about 100 KB, and one array that large would be above the large-object threshold (85,000
    /// bytes), where arrays are freed only by full collections, which pause every request.
    /// </summary>
    public static async Task<IResult> StoredJsonPageAsync<T>(
        IQueryable<T> matching, IQueryable<T> ordered, int? page, int? pageSize,
        Func<IQueryable<T>, IQueryable<T>, Stream, CancellationToken, Task<long>> writeItems,
        CancellationToken ct)
        where T : notnull
    {
        var number = page ?? 1;
        var size = pageSize ?? Limits.DefaultPageSize;
        var items = Buffers.GetStream(nameof(StoredJsonPageAsync));
        try
        {
            var total = await writeItems(matching, ordered.Skip((number - 1) * size).Take(size), items, ct);
            return new StoredJsonPage(items, number, size, total);
        }
        catch
        {
            await items.DisposeAsync();
            throw;
        }
    }

    /// <summary>The size of <see cref="Buffers"/>' blocks: a page of 20 forms' summaries fits in one.</summary>
    public const int StoredJsonBlockSize = 16 * 1024;

    /// <summary>
    /// The pool behind <see cref="StoredJsonPageAsync{T}"/>, and at most 32 MB of free blocks kept, so a burst of large
    /// pages does not hold its memory for good.
    /// </summary>
    private static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = StoredJsonBlockSize,
        MaximumSmallPoolFreeBytes = 32 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 32 * 1024 * 1024,
    });

    /// <summary>The total: what the page shows when it is where the results end, else a count of the query.</summary>
    private static async Task<long> TotalAsync<T>(IQueryable<T> query, int number, int size, int onPage, CancellationToken ct)
        where T : notnull =>
        onPage < size && (onPage > 0 || number == 1)
            ? (long)(number - 1) * size + onPage
            : await query.CountAsync(ct);

    /// <summary>Writes a <see cref="PagedList{T}"/> whose items are JSON already, and returns their buffer.</summary>
    private sealed class StoredJsonPage(RecyclableMemoryStream items, int page, int pageSize, long total) : IResult
    {
        private static readonly byte[] Start = "{\"items\":"u8.ToArray();

        public async Task ExecuteAsync(HttpContext http)
        {
            await using (items)
            {
                var end = Encoding.UTF8.GetBytes(
                    string.Create(CultureInfo.InvariantCulture, $",\"page\":{page},\"pageSize\":{pageSize},\"total\":{total}}}"));
                http.Response.ContentType = "application/json; charset=utf-8";
                http.Response.ContentLength = Start.Length + items.Length + end.Length;
                var body = http.Response.Body;
                await body.WriteAsync(Start, http.RequestAborted);
                foreach (var block in items.GetReadOnlySequence())
                {
                    await body.WriteAsync(block, http.RequestAborted);
                }

                await body.WriteAsync(end, http.RequestAborted);
            }
        }
    }
}
