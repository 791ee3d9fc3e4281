using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Verification;

namespace PerfEval.Platform.Verification;

/// <summary>One stored version of a rulebook: a Marten document per (region, year, version), never changed once stored.</summary>
public sealed record StoredRulebook
{
    public required string Id { get; init; }
    public required string Region { get; init; }
    public required int Year { get; init; }
    public required int Version { get; init; }
    public required IReadOnlyList<RecheckClause> Clauses { get; init; }
    public DateTimeOffset SavedAt { get; init; }
    public string? SavedBy { get; init; }

    public static string IdOf(string region, int year, int version) => $"{region}/{year}/{version}";

    public Rulebook ToRulebook() => new(Region, Year, Version, Clauses);
}

/// <summary>Which rulebook answered a request, and why: the one asked for, an earlier year's of the region, or the default.</summary>
public enum RulebookSource
{
    Exact,
    EarlierYear,
    Default,
}

/// <summary>A rulebook found for a region and year, with where it came from; <see cref="Stored"/> null: the shipped one.</summary>
public sealed record RulebookAnswer(Rulebook Rulebook, RulebookSource Source, StoredRulebook? Stored);

/// <summary>The region whose rulebook the forms' re-checks use (<c>Verification:Region</c>, "default" when unset).</summary>
public sealed record VerificationOptions(string Region);

/// <summary>
/// The rulebooks (复核口径) as documents (docs/domain-rules.md#rulebook): each save is the next version of its region and
/// year; a region and year without one answers the nearest earlier year of the region, then the default region's
/// nearest year, then the rulebook shipped with the platform.
/// </summary>
public sealed class Rulebooks(IDocumentStore store, VerificationOptions options, TimeProvider clock)
{
    public string Region => options.Region;

    /// <summary>The rulebook a form of <paramref name="fiscalYear"/> is re-checked under.</summary>
    public Task<RulebookAnswer> ForFormAsync(int fiscalYear, CancellationToken ct) => LatestAsync(options.Region, fiscalYear, ct);

    public async Task<RulebookAnswer> LatestAsync(string region, int year, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var own = await session.Query<StoredRulebook>()
            .Where(r => r.Region == region && r.Year <= year)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Version)
            .FirstOrDefaultAsync(ct);
        if (own is not null)
        {
            return new(own.ToRulebook(), own.Year == year ? RulebookSource.Exact : RulebookSource.EarlierYear, own);
        }

        var fallback = region == DefaultRulebook.Region
            ? null
            : await session.Query<StoredRulebook>()
                .Where(r => r.Region == DefaultRulebook.Region && r.Year <= year)
                .OrderByDescending(r => r.Year).ThenByDescending(r => r.Version)
                .FirstOrDefaultAsync(ct);
        return fallback is not null
            ? new(fallback.ToRulebook(), RulebookSource.Default, fallback)
            : new(DefaultRulebook.Instance, region == DefaultRulebook.Region && year == DefaultRulebook.Year ? RulebookSource.Exact : RulebookSource.Default, null);
    }

    /// <summary>One version as stored; the shipped default answers region "default", year 0, version 1.</summary>
    public async Task<StoredRulebook?> VersionAsync(string region, int year, int version, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<StoredRulebook>(StoredRulebook.IdOf(region, year, version), ct);
        return stored ?? (region == DefaultRulebook.Region && year == DefaultRulebook.Year && version == 1 ? Shipped : null);
    }

    /// <summary>Every region and year with its latest version, and the shipped default unless one is stored in its place.</summary>
    public async Task<IReadOnlyList<StoredRulebook>> AllLatestAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var all = await session.Query<StoredRulebook>().ToListAsync(ct);
        return all
            .Append(Shipped)
            .GroupBy(r => (r.Region, r.Year))
            .Select(g => g.MaxBy(r => r.Version)!)
            .OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.Year)
            .ToList();
    }

    /// <summary>
    /// Stores the clauses as the next version of the region and year. Two saves at once cannot take the same version:
    /// the insert of a taken id fails and the save is tried again with the next one.
    /// </summary>
    public async Task<StoredRulebook> SaveNextAsync(string region, int year, IReadOnlyList<RecheckClause> clauses, string savedBy, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var latest = await session.Query<StoredRulebook>()
                .Where(r => r.Region == region && r.Year == year)
                .OrderByDescending(r => r.Version)
                .FirstOrDefaultAsync(ct);
            var version = Math.Max(latest?.Version ?? 0, region == DefaultRulebook.Region && year == DefaultRulebook.Year ? 1 : 0) + 1;
            var stored = new StoredRulebook
            {
                Id = StoredRulebook.IdOf(region, year, version),
                Region = region,
                Year = year,
                Version = version,
                Clauses = clauses,
                SavedAt = clock.GetUtcNow(),
                SavedBy = savedBy,
            };
            session.Insert(stored);
            try
            {
                await session.SaveChangesAsync(ct);
                return stored;
            }
            catch (JasperFx.DocumentAlreadyExistsException) when (attempt < 3)
            {
                // The version was taken by a save at the same moment: read the latest again.
            }
        }
    }

    private static StoredRulebook Shipped { get; } = new()
    {
        Id = StoredRulebook.IdOf(DefaultRulebook.Region, DefaultRulebook.Year, 1),
        Region = DefaultRulebook.Region,
        Year = DefaultRulebook.Year,
        Version = 1,
        Clauses = DefaultRulebook.Instance.Clauses,
    };
}

public static class VerificationSetup
{
    /// <summary>The rulebooks' documents and store, and the region the re-checks use (<c>Verification:Region</c>).</summary>
    public static IServiceCollection AddVerification(this IServiceCollection services, IConfiguration configuration)
    {
        services.ConfigureMarten(options => options.Schema.For<StoredRulebook>()
            .Identity(x => x.Id)
            .Duplicate(x => x.Region)
            .Duplicate(x => x.Year));
        var region = configuration["Verification:Region"];
        services.AddSingleton(new VerificationOptions(string.IsNullOrWhiteSpace(region) ? DefaultRulebook.Region : region.Trim()));
        services.AddSingleton<Rulebooks>();
        return services;
    }
}
