using BenchmarkDotNet.Attributes;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Integrity;
using PerfEval.Domain.Scoring;

namespace PerfEval.Benchmarks;

/// <summary>
/// The CPU the tamper-evident chain adds to each append (docs/domain-rules.md#tamper-evident-trail): the link of one
/// event of a seed form (灵活就业工作经费), by kind: the whole form (drafted or replaced), the rule engine's scorecard,
/// and a small review event; and the three events a submission appends (submitted, scored, task opened), per event.
/// </summary>
[MemoryDiagnoser]
public class ChainBenchmarks
{
    private static readonly Guid Id = Guid.Parse("0b6f9a52-3c1d-4e7a-9f00-000000000042");
    private const string Previous = "5d41402abc4b2a76b9719d911017c592bbf1c8e4a8ab4a1f7b3e1a3f2c9d0e11";

    private readonly EvaluationDrafted _drafted;
    private readonly EvaluationScored _scored;
    private readonly ReviewTaskClaimed _claimed;
    private readonly object[] _submission;

    public ChainBenchmarks()
    {
        var form = SeedData.Forms[0];
        var task = ReviewTaskIds.For(Id, 1);
        _drafted = new EvaluationDrafted(Id, "unit-1", "dept-1", form, "api");
        _scored = new EvaluationScored(Id, 1, ScoringEngine.Score(form, ScoringProfile.Default));
        _claimed = new ReviewTaskClaimed(task, Id, "r1", "审核人");
        _submission =
        [
            new EvaluationSubmitted(Id, "unit-1", "dept-1", form.Header.FiscalYear, 1),
            _scored,
            new ReviewTaskOpened(task, Id, 1, "unit-1", "dept-1", form.Header.FiscalYear, form.Header.ProjectName, null),
        ];
    }

    [Benchmark]
    public string LinkWholeForm() => EventChain.Link(Previous, Id, 1, _drafted);

    [Benchmark]
    public string LinkScorecard() => EventChain.Link(Previous, Id, 3, _scored);

    [Benchmark]
    public string LinkReviewEvent() => EventChain.Link(Previous, Id, 5, _claimed);

    [Benchmark(OperationsPerInvoke = 3)]
    public int LinkSubmissionEvents() => EventChain.Links(Previous, Id, 1, _submission).Count;
}
