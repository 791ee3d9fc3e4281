using Marten;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Disclosure;

namespace PerfEval.Platform.Disclosure;

/// <summary>The public site's settings (which fields are withheld), one document; the default until an admin saves one.</summary>
public sealed class PublicSettingsStore(IDocumentStore store)
{
    public async Task<PublicSettings> ReadAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<PublicSettings>(PublicSettings.SingleId, ct) ?? PublicSettings.Default;
    }

    public async Task SaveAsync(PublicSettings settings, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(settings with { Id = PublicSettings.SingleId });
        await session.SaveChangesAsync(ct);
    }
}

public static class DisclosureSetup
{
    /// <summary>The settings document and its store.</summary>
    public static IServiceCollection AddDisclosure(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Schema.For<PublicSettings>().Identity(x => x.Id));
        services.AddSingleton<PublicSettingsStore>();
        return services;
    }
}
