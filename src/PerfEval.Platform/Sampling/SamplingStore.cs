using System.Globalization;
using System.Text;
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

/// <summary>
/// The population a draw was made from, kept so that anyone can draw again: compact, one text of one line per member,
/// <c>id|version|department|unit|amount|risk</c> (department and unit escaped as URI data, amount empty when none),
/// so that 200,000 members are written and read back in a moment rather than as 200,000 JSON objects.
/// </summary>
public sealed record SamplePopulation
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required int Count { get; init; }
    public required string Lines { get; init; }

    public static SamplePopulation Of(Guid drawId, int fiscalYear, IReadOnlyList<PopulationMember> members)
    {
        var text = new StringBuilder(members.Count * 100);
        foreach (var m in members)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Id:D}|{m.Version}|{Uri.EscapeDataString(m.DepartmentId)}|{Uri.EscapeDataString(m.UnitId)}|{m.Amount}|{m.Risk}\n");
        }

        return new SamplePopulation { Id = drawId, FiscalYear = fiscalYear, Count = members.Count, Lines = text.ToString() };
    }

    public IReadOnlyList<PopulationMember> Members()
    {
        var members = new List<PopulationMember>(Count);
        Span<Range> fields = stackalloc Range[7];
        foreach (var line in Lines.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Split(fields, '|') != 6)
            {
                throw new InvalidOperationException($"Draw {Id}: a stored population line is not id|version|department|unit|amount|risk.");
            }

            var amount = line[fields[4]];
            members.Add(new PopulationMember(
                Guid.Parse(line[fields[0]]),
                long.Parse(line[fields[1]], CultureInfo.InvariantCulture),
                Uri.UnescapeDataString(line[fields[2]].ToString()),
                Uri.UnescapeDataString(line[fields[3]].ToString()),
                amount.IsEmpty ? null : decimal.Parse(amount, CultureInfo.InvariantCulture),
                decimal.Parse(line[fields[5]], CultureInfo.InvariantCulture)));
        }

        return members;
    }
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
