using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEval.Domain.Sampling;

/// <summary>
/// What anyone needs to check a draw offline (GET /api/sampling/{year}/{drawId}/export, <c>perfeval sample --verify</c>):
/// the seed, the filters and size rule, the population as drawn from and the sample as recorded.
/// </summary>
public sealed record SampleExport(
    Guid DrawId,
    int FiscalYear,
    string Seed,
    SampleFilters Filters,
    SampleSize Size,
    string PopulationHash,
    IReadOnlyList<PopulationMember> Population,
    IReadOnlyList<ExportedSample> Sample)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}

/// <summary>A recorded drawn form: its id and stratum, in the recorded order.</summary>
public sealed record ExportedSample(Guid EvaluationId, string Stratum);

/// <summary>The outcome of redrawing a draw from its population and seed.</summary>
/// <param name="RecordedHash">The hash recorded with the draw.</param>
/// <param name="PopulationHash">The hash of the stored (or exported) population, computed now.</param>
/// <param name="PopulationIntact">The two hashes agree.</param>
/// <param name="RedrawMatches">Drawing again from the population and seed gives the recorded sample, in order.</param>
/// <param name="Missing">Recorded forms the redraw did not draw.</param>
/// <param name="Extra">Forms the redraw drew that were not recorded.</param>
public sealed record Redraw(
    string RecordedHash,
    string PopulationHash,
    bool PopulationIntact,
    bool RedrawMatches,
    IReadOnlyList<Guid> Missing,
    IReadOnlyList<Guid> Extra)
{
    public bool Matches => PopulationIntact && RedrawMatches;
}

/// <summary>Redraws a draw and compares (docs/domain-rules.md#sampling). Pure; the API and the CLI both use it.</summary>
public static class SampleVerification
{
    public static Redraw Verify(SampleExport export)
    {
        var hash = PopulationHash.Of(export.Population);
        var redrawn = SampleDraw.Draw(export.Population, export.Size, export.Seed).Drawn
            .Select(d => new ExportedSample(d.Member.Id, d.Stratum)).ToList();
        var recordedIds = export.Sample.Select(s => s.EvaluationId).ToHashSet();
        var redrawnIds = redrawn.Select(s => s.EvaluationId).ToHashSet();
        return new Redraw(
            export.PopulationHash, hash, hash == export.PopulationHash, redrawn.SequenceEqual(export.Sample),
            export.Sample.Select(s => s.EvaluationId).Where(id => !redrawnIds.Contains(id)).ToList(),
            redrawn.Select(s => s.EvaluationId).Where(id => !recordedIds.Contains(id)).ToList());
    }
}
