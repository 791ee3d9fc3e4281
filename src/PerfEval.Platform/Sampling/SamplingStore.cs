using Marten;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Sampling;

namespace PerfEval.Platform.Sampling;

/// <summary>A draw as read back: the recorded event with when it was drawn (one document per draw, written with the event).</summary>
public sealed record SampleDrawRecord
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required DateTimeOffset DrawnAt { get; init; }
    public required SampleDrawn Drawn { get; init; }
    public string? RequestFingerprint { get; init; }
}

/// <summary>The population a draw was made from, compact (no form content), kept so that anyone can draw again.</summary>
public sealed record SamplePopulation
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required IReadOnlyList<PopulationMember> Members { get; init; }
}

/// <summary>The event and documents of sampling in the store.</summary>
public static class SamplingStore
{
    public static void Configure(StoreOptions options)
    {
        options.Events.AddEventType<SampleDrawn>();
        options.Schema.For<SampleDrawRecord>().Duplicate(x => x.FiscalYear);
        options.Schema.For<SamplePopulation>();
        // Read for the risk score; written by the checks across forms (a form without a document counts no finding).
        options.Schema.For<CrossCheckResult>();
    }
}

/// <summary>Settings of sampling, bound from "PerfEval:Sampling" (docs/domain-rules.md#sampling).</summary>
public sealed class SamplingOptions
{
    public const string Section = "PerfEval:Sampling";

    /// <summary>Days from the draw to the re-check tasks' due date.</summary>
    public int RecheckDueDays { get; set; } = 30;

    /// <summary>The risk score's weights.</summary>
    public RiskWeights Risk { get; set; } = RiskWeights.Default;
}
