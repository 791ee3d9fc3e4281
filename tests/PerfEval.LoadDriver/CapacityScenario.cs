using System.Globalization;

namespace PerfEval.LoadDriver;

/// <summary>
/// The highest submission rate the platform holds: the submit scenario (open loop, reviewers claiming and approving)
/// run in steps of rising rate, each with its own fresh drafts, until a step misses the goal (submit → task visible
/// p95 above <see cref="GoalP95Ms"/>, a task not visible, or an error). The capacity is the last rate that held.
/// Each step prints one line that benchmark.sh reads to add the step's CPU and commits per submission.
/// </summary>
public static class CapacityScenario
{
    public const double GoalP95Ms = 250;

    public static async Task<CapacityResult> RunAsync(
        LoadClient client, Population people, SampleForms forms, DriverOptions options, CancellationToken ct)
    {
        var steps = new List<CapacityStep>();
        for (var rate = options.CapacityFrom; rate <= options.CapacityMax; rate += options.CapacityStep)
        {
            await ImportScenario.EnsureDraftsAsync(client, people, forms, rate * options.CapacitySeconds / options.Units + 2, ct);
            // What the previous step and the drafts' creation left (intake, facts, notifications) settles first.
            await Task.Delay(TimeSpan.FromSeconds(options.CapacitySettleSeconds), ct);

            var from = DateTime.UtcNow;
            var metrics = await SubmitScenario.RunAsync(client, people, rate, TimeSpan.FromSeconds(options.CapacitySeconds), options, ct);
            var until = DateTime.UtcNow;
            var visible = metrics.Visible.Summarize();
            var errors = metrics.All.Sum(r => r.Errors);
            var step = new CapacityStep(rate, metrics.Submit.Count, visible.P50, visible.P95, metrics.Missing, errors, from, until);
            steps.Add(step);
            Console.WriteLine(step.Line());
            if (!step.Held)
            {
                break;
            }
        }

        return new CapacityResult(steps);
    }
}

public sealed record CapacityStep(
    int Rate, int Submitted, double P50, double P95, int Missing, long Errors, DateTime From, DateTime Until)
{
    public bool Held => Submitted > 0 && Missing == 0 && Errors == 0 && P95 <= CapacityScenario.GoalP95Ms;

    /// <summary>benchmark.sh reads these fields by name; keep them in step with it.</summary>
    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"capacity step: rate={Rate} submitted={Submitted} p50={P50:F1} p95={P95:F1} missing={Missing} errors={Errors} held={(Held ? "yes" : "no")} from={From:O} until={Until:O}");
}

public sealed record CapacityResult(IReadOnlyList<CapacityStep> Steps)
{
    /// <summary>The highest rate of the steps that held before the first that did not; 0 when the first missed.</summary>
    public int Capacity => Steps.TakeWhile(s => s.Held).Select(s => s.Rate).DefaultIfEmpty(0).Max();

    /// <summary>Whether the steps ended below the goal's edge (a step missed) rather than at the configured maximum.</summary>
    public bool FoundEdge => Steps.Count > 0 && !Steps[^1].Held;
}
