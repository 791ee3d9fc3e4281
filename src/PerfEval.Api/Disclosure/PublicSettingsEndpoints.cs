using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Disclosure;
using PerfEval.Platform.Disclosure;

namespace PerfEval.Api.Disclosure;

/// <summary>GET|PUT /api/public-settings: which fields of a published form the public site withholds (admins only).</summary>
public static class PublicSettingsEndpoints
{
    public sealed record SettingsInput(IReadOnlyList<string?>? HiddenFields);

    /// <summary>One field of the catalogue, and whether it is withheld.</summary>
    public sealed record FieldView(string Key, string Label, string LabelEn, bool Hidden);

    public sealed record SettingsView(
        IReadOnlyList<string> HiddenFields, IReadOnlyList<FieldView> Fields, DateTimeOffset? UpdatedAt, string? UpdatedBy)
    {
        public static SettingsView Of(PublicSettings s) => new(
            s.HiddenFields,
            [.. PublicFields.All.Select(f => new FieldView(f.Key, f.Label, f.LabelEn, s.Hides(f.Key)))],
            s.UpdatedAt,
            s.UpdatedBy);
    }

    public static void MapPublicSettings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public-settings").WithTags("Public");
        group.MapGet("/", Get)
            .RequireAuthorization(Policies.Admin)
            .Produces<SettingsView>()
            .WithSummary("The fields the public site withholds, and the catalogue of fields that may be withheld");
        group.MapPut("/", Put)
            .RequireAuthorization(Policies.Admin)
            .Accepts<SettingsInput>("application/json")
            .Produces<SettingsView>()
            .ProducesProblems(400)
            .WithSummary("Set the fields the public site withholds: {\"hiddenFields\": [\"indicatorActual\", …]} (keys of the catalogue)");
    }

    private static async Task<IResult> Get(PublicSettingsStore store, CancellationToken ct) =>
        Results.Ok(SettingsView.Of(await store.ReadAsync(ct)));

    private static async Task<IResult> Put(
        SettingsInput? input, HttpContext http, PublicSettingsStore store, TimeProvider clock, CancellationToken ct)
    {
        var (keys, error) = PublicFields.Normalize(input?.HiddenFields);
        if (error is not null)
        {
            return Problems.From(error);
        }

        var settings = new PublicSettings
        {
            HiddenFields = keys,
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = http.User.ToActor().Name,
        };
        await store.SaveAsync(settings, ct);
        return Results.Ok(SettingsView.Of(settings));
    }
}
