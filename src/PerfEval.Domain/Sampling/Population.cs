using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Sampling;

/// <summary>One form of a draw's population, compact: what the draw and its verification need, nothing of the content.</summary>
/// <param name="Id">The form (evaluation) id.</param>
/// <param name="Version">The form's stream version the population saw: a form changed since has another.</param>
/// <param name="Amount">全年预算数 of the funds' total row (万元), when known.</param>
/// <param name="Risk">The form's risk score (4 decimals), its weight in the draw.</param>
public sealed record PopulationMember(Guid Id, long Version, string DepartmentId, string UnitId, decimal? Amount, decimal Risk);

/// <summary>Which of a year's forms a draw is made from.</summary>
public sealed record SampleFilters
{
    /// <summary>The statuses drawn from when none are given.</summary>
    public static IReadOnlyList<EvaluationStatus> DefaultStatuses { get; } =
        [EvaluationStatus.Submitted, EvaluationStatus.InReview, EvaluationStatus.Approved, EvaluationStatus.Published];

    /// <summary>Departments drawn from; empty for every department.</summary>
    public IReadOnlyList<string> DepartmentIds { get; init; } = [];

    /// <summary>Least and greatest 全年预算数 (万元), inclusive; a form without an amount is left out once either is set.</summary>
    public decimal? MinAmount { get; init; }
    public decimal? MaxAmount { get; init; }

    public IReadOnlyList<EvaluationStatus> Statuses { get; init; } = DefaultStatuses;

    public bool Admits(string departmentId, decimal? amount, EvaluationStatus status) =>
        (DepartmentIds.Count == 0 || DepartmentIds.Contains(departmentId))
        && Statuses.Contains(status)
        && (MinAmount is null || amount >= MinAmount)
        && (MaxAmount is null || amount <= MaxAmount);
}

/// <summary>How many forms to draw: a count, or a share of the population rounded up. Exactly one is set.</summary>
public sealed record SampleSize(int? Count, decimal? Share)
{
    /// <summary>
    /// The number of forms drawn from a population of <paramref name="populationCount"/>: the count (at most the
    /// population), or the share rounded up; at least 1 when the population is not empty.
    /// </summary>
    public int For(int populationCount)
    {
        if (populationCount == 0)
        {
            return 0;
        }

        var wanted = Count ?? (int)Math.Ceiling(Share!.Value * populationCount);
        return Math.Clamp(wanted, 1, populationCount);
    }
}

/// <summary>
/// The population hash: SHA-256 (lowercase hex) over one line per member, sorted by id (its 36-character text,
/// ordinal), <c>id|version|department|risk</c> with the risk written with 4 decimals and a point, each line ending
/// in a line feed. One form changed (a new version, another risk) gives another hash.
/// </summary>
public static class PopulationHash
{
    public static string Of(IEnumerable<PopulationMember> members)
    {
        var text = new StringBuilder();
        foreach (var m in members.OrderBy(m => m.Id.ToString("D"), StringComparer.Ordinal))
        {
            text.Append(CanonicalLine(m)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string CanonicalLine(PopulationMember m) => string.Create(
        CultureInfo.InvariantCulture, $"{m.Id:D}|{m.Version}|{m.DepartmentId}|{m.Risk:0.0000}");
}
