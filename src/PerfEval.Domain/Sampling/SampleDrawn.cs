namespace PerfEval.Domain.Sampling;

/// <summary>
/// A sample was drawn (抽评): the event that starts and ends a draw's own stream. With the stored population it lets
/// anyone draw the same sample again (<see cref="SampleVerification"/>).
/// </summary>
/// <param name="Seed">The seed the draw used, given by the manager or generated (<paramref name="SeedGiven"/>).</param>
/// <param name="PopulationHash">See <see cref="Sampling.PopulationHash"/>.</param>
/// <param name="Selected">The drawn forms, stratum by stratum (department id, ordinal), best key first.</param>
public sealed record SampleDrawn(
    Guid DrawId,
    int FiscalYear,
    SampleFilters Filters,
    SampleSize Size,
    string Seed,
    bool SeedGiven,
    string PopulationHash,
    int PopulationCount,
    IReadOnlyList<StratumAllocation> Strata,
    IReadOnlyList<SampledForm> Selected,
    RiskWeights Weights,
    string DrawnById,
    string DrawnByName);

/// <summary>A drawn form as the draw recorded it: its population member, names and its risk score with the parts.</summary>
public sealed record SampledForm(
    Guid EvaluationId,
    long Version,
    string ProjectName,
    string UnitId,
    string DepartmentId,
    decimal? Amount,
    string Stratum,
    RiskParts Risk);

/// <summary>A population member with what the draw records of a drawn one (its project's name, its risk's parts).</summary>
public sealed record Candidate(PopulationMember Member, string ProjectName, RiskParts Risk);
