using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Sampling;

/// <summary>The decision of a draw and the checks of its request (docs/domain-rules.md#sampling). Pure.</summary>
public static class SampleDecisions
{
    /// <summary>The request's size: exactly one of a count (≥ 1) and a share in (0, 1].</summary>
    public static DomainError? CheckSize(int? count, decimal? share) => (count, share) switch
    {
        (null, null) or (not null, not null) => SamplingErrors.SizeOrShare,
        ({ } c, _) when c < 1 => SamplingErrors.CountOutOfRange,
        (_, { } s) when s <= 0 || s > 1 => SamplingErrors.ShareOutOfRange,
        _ => null,
    };

    /// <summary>
    /// Draws from the candidates (the year's forms the filters admit) and records the draw. An empty population is
    /// refused: there is nothing to draw.
    /// </summary>
    public static (SampleDrawn? Drawn, DomainError? Error) Draw(
        Guid drawId, int fiscalYear, SampleFilters filters, SampleSize size, string seed, bool seedGiven,
        IReadOnlyList<Candidate> candidates, RiskWeights weights, Actor actor)
    {
        if (candidates.Count == 0)
        {
            return (null, SamplingErrors.EmptyPopulation);
        }

        var population = candidates.Select(c => c.Member).ToList();
        var outcome = SampleDraw.Draw(population, size, seed);
        var byId = candidates.ToDictionary(c => c.Member.Id);
        var selected = outcome.Drawn.Select(d =>
        {
            var c = byId[d.Member.Id];
            return new SampledForm(d.Member.Id, d.Member.Version, c.ProjectName, d.Member.UnitId, d.Member.DepartmentId,
                d.Member.Amount, d.Stratum, c.Risk);
        }).ToList();
        return (new SampleDrawn(drawId, fiscalYear, filters, size, seed, seedGiven, PopulationHash.Of(population),
            population.Count, outcome.Strata, selected, weights, actor.Id, actor.Name), null);
    }
}

/// <summary>The refusals of sampling, each with a stable code.</summary>
public static class SamplingErrors
{
    public static DomainError SizeOrShare { get; } = new(
        ErrorKind.Invalid, "sampling.size_or_share", "请给出抽取数量（size）或抽取比例（share）之一，且只能给出一个。",
        "Give either a size (a count) or a share, not both and not neither.");

    public static DomainError CountOutOfRange { get; } = new(
        ErrorKind.Invalid, "sampling.size_out_of_range", "抽取数量（size）至少为 1。",
        "The size must be at least 1.");

    public static DomainError ShareOutOfRange { get; } = new(
        ErrorKind.Invalid, "sampling.share_out_of_range", "抽取比例（share）须大于 0 且不超过 1。",
        "The share must be greater than 0 and at most 1.");

    public static DomainError AmountRange { get; } = new(
        ErrorKind.Invalid, "sampling.amount_range", "金额下限（minAmount）不能大于上限（maxAmount），且均不能为负数。",
        "The least amount must not exceed the greatest, and neither may be negative.");

    public static DomainError StatusNotDrawable { get; } = new(
        ErrorKind.Invalid, "sampling.status_not_drawable", "只能从已提交、审核中、已通过或已公开的自评表中抽取。",
        "Only Submitted, InReview, Approved and Published forms can be drawn.");

    public static DomainError DepartmentIds { get; } = new(
        ErrorKind.Invalid, "sampling.department_ids", "部门（departmentIds）不能为空白，每个不超过 100 个字符，最多 500 个。",
        "Department ids must not be blank, at most 100 characters each, at most 500 of them.");

    public static DomainError Seed { get; } = new(
        ErrorKind.Invalid, "sampling.seed", "随机种子（seed）须为 1 至 200 个字符，且不含控制字符。",
        "The seed must be 1 to 200 characters without control characters.");

    public static DomainError EmptyPopulation { get; } = new(
        ErrorKind.Conflict, "sampling.empty_population", "按所选条件没有可抽取的自评表，请放宽筛选条件。",
        "No form matches the filters: there is nothing to draw from.");

    public static DomainError NotFound { get; } = new(
        ErrorKind.NotFound, "sampling.not_found", "抽评记录不存在。", "The draw does not exist.");
}
