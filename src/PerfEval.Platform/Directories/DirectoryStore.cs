using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Directories;

namespace PerfEval.Platform.Directories;

/// <summary>The directory in force: one document, its version and who changed it last.</summary>
public sealed record DirectoryDocument
{
    public const string SingleId = "directory";

    public string Id { get; init; } = SingleId;

    public long Version { get; init; }

    public OrgDirectory Directory { get; init; } = OrgDirectory.Empty;

    public DateTimeOffset UpdatedAt { get; init; }

    public string UpdatedBy { get; init; } = "";

    public string UpdatedById { get; init; } = "";
}

/// <summary>Every version of the directory as it was saved, with who saved it, when and what they did: nothing is lost.</summary>
public sealed record DirectoryRevision
{
    public string Id { get; init; } = "";

    public long Version { get; init; }

    public OrgDirectory Directory { get; init; } = OrgDirectory.Empty;

    public DateTimeOffset At { get; init; }

    public string By { get; init; } = "";

    public string ById { get; init; } = "";

    /// <summary>What was done, in Chinese (e.g. 修改单位「青浦区实验小学」, 导入 directory.xlsx).</summary>
    public string Change { get; init; } = "";

    public static string IdFor(long version) => $"directory-v{version}";
}

/// <summary>
/// Reads and saves the directory (docs/architecture.md#directory). A save writes the next version and its revision in
/// one transaction; two saves of the same version cannot both win (the revision's id is taken). Reads go through a
/// short-lived copy so each request's scopes and names cost no query; a save here refreshes it at once, another
/// process's save within <see cref="MaxAge"/>.
/// </summary>
public sealed class DirectoryStore(IDocumentStore store, DirectorySeed seed)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private volatile Snapshot? _current;

    private sealed record Snapshot(DirectoryDocument Document, long LoadedAt);

    /// <summary>The directory in force (version 0 and empty before anything was saved).</summary>
    public async Task<DirectoryDocument> ReadAsync(CancellationToken ct)
    {
        var current = _current;
        if (current is not null && Environment.TickCount64 - current.LoadedAt < MaxAge.TotalMilliseconds)
        {
            return current.Document;
        }

        // Two requests may load at once; both read the same document.
        await using var session = store.QuerySession();
        var document = await session.LoadAsync<DirectoryDocument>(DirectoryDocument.SingleId, ct);
        if (document is null && seed.Directory is { } demo)
        {
            document = await SeedAsync(demo, ct);
        }

        document ??= new DirectoryDocument();
        _current = new Snapshot(document, Environment.TickCount64);
        return document;
    }

    /// <summary>
    /// Saves <paramref name="next"/> as the version after <paramref name="expectedVersion"/>; null when another save
    /// took that version first.
    /// </summary>
    public async Task<DirectoryDocument?> SaveAsync(
        OrgDirectory next, long expectedVersion, string byId, string by, string change, DateTimeOffset at, CancellationToken ct)
    {
        await using (var check = store.QuerySession())
        {
            var stored = await check.LoadAsync<DirectoryDocument>(DirectoryDocument.SingleId, ct);
            if ((stored?.Version ?? 0) != expectedVersion)
            {
                _current = null;
                return null;
            }
        }

        var document = new DirectoryDocument
        {
            Version = expectedVersion + 1,
            Directory = next,
            UpdatedAt = at,
            UpdatedBy = by,
            UpdatedById = byId,
        };
        await using var session = store.LightweightSession();
        session.Insert(new DirectoryRevision
        {
            Id = DirectoryRevision.IdFor(document.Version),
            Version = document.Version,
            Directory = next,
            At = at,
            By = by,
            ById = byId,
            Change = change,
        });
        session.Store(document);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (DocumentAlreadyExistsException)
        {
            _current = null;
            return null;
        }

        _current = new Snapshot(document, Environment.TickCount64);
        return document;
    }

    /// <summary>The revisions, newest first (without their content).</summary>
    public async Task<IReadOnlyList<DirectoryRevision>> HistoryAsync(int limit, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var revisions = await session.Query<DirectoryRevision>().OrderByDescending(r => r.Version).Take(limit).ToListAsync(ct);
        return [.. revisions.Select(r => r with { Directory = OrgDirectory.Empty })];
    }

    private async Task<DirectoryDocument?> SeedAsync(OrgDirectory demo, CancellationToken ct)
    {
        var saved = await SaveAsync(demo, 0, "system", "系统初始化", "初始化示例目录", DateTimeOffset.UtcNow, ct);
        if (saved is not null)
        {
            return saved;
        }

        await using var session = store.QuerySession();
        return await session.LoadAsync<DirectoryDocument>(DirectoryDocument.SingleId, ct);
    }
}

/// <summary>The directory stored on first start when none exists (local runs and tests), or none.</summary>
public sealed record DirectorySeed(OrgDirectory? Directory);

public static class DirectorySetup
{
    /// <summary>The directory's documents and store; <paramref name="seedDemo"/> stores the demo organisation on first start.</summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services, bool seedDemo)
    {
        services.ConfigureMarten(options =>
        {
            options.Schema.For<DirectoryDocument>().Identity(x => x.Id);
            options.Schema.For<DirectoryRevision>().Identity(x => x.Id);
        });
        services.AddSingleton(new DirectorySeed(seedDemo ? DemoDirectory.Instance : null));
        services.AddSingleton<DirectoryStore>();
        return services;
    }
}
