using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Sampling;

/// <summary>One form of a draw's population, compact: what the draw and its verification need, nothing of the content.</summary>
/// <param name="Id">The form (evaluation) id.</param>
/// <param name="Version">The form's stream version the population saw: a form changed since has another.</param>
/// <param name="Amount">全年预算数 of the funds' total row (万元), when known.</param>
/// <param name="Risk">The form's risk score (4 decimals), its weight in the draw.</param>
public sealed record PopulationMember(Guid Id, long Version, string DepartmentId, string UnitId, decimal? Amount, decimal Risk);

/// <summary>
/// Which of a year's forms a draw is made from: always projects' forms (财政项目支出绩效自评表) only, then those the
/// filters admit.
/// </summary>
public sealed record SampleFilters
{
    /// <summary>
    /// The kind of form a draw is made from. The department-wide form (部门整体支出绩效自评表) is no project: it has no
    /// project targets to re-check and its own scoring profile, and it would count in its department's stratum of
    /// projects. It is never drawn, whatever the filters.
    /// </summary>
    public static FormKind DrawnKind => FormKind.Project;

    /// <summary>The statuses drawn from when none are given.</summary>
    public static IReadOnlyList<EvaluationStatus> DefaultStatuses { get; } =
        [EvaluationStatus.Submitted, EvaluationStatus.InReview, EvaluationStatus.Approved, EvaluationStatus.Published];

    /// <summary>Departments drawn from; empty for every department.</summary>
    public IReadOnlyList<string> DepartmentIds { get; init; } = [];

    /// <summary>Least and greatest 全年预算数 (万元), inclusive; a form without an amount is left out once either is set.</summary>
    public decimal? MinAmount { get; init; }
    public decimal? MaxAmount { get; init; }

    public IReadOnlyList<EvaluationStatus> Statuses { get; init; } = DefaultStatuses;

    public bool Admits(FormKind kind, string departmentId, decimal? amount, EvaluationStatus status) =>
        kind == DrawnKind
        && (DepartmentIds.Count == 0 || DepartmentIds.Contains(departmentId))
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
        // The id's bytes in RFC 9562 (big-endian) order read as two numbers sort exactly as its lowercase text does.
        var sorted = members.Select(m => (Key: TextOrder(m.Id), Member: m)).ToArray();
        Array.Sort(sorted, (a, b) => a.Key.CompareTo(b.Key));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        foreach (var (_, m) in sorted)
        {
            var length = WriteLine(m, buffer);
            if (length < 0)
            {
                var line = Encoding.UTF8.GetBytes(CanonicalLine(m) + "\n");
                hash.AppendData(line);
                continue;
            }

            hash.AppendData(buffer, 0, length);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static (ulong High, ulong Low) TextOrder(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return (BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    /// <summary>The canonical line and its line feed as UTF-8 into <paramref name="buffer"/>; -1 when it does not fit.</summary>
    private static int WriteLine(PopulationMember m, Span<byte> buffer)
    {
        var at = 0;
        if (!m.Id.TryFormat(buffer, out var n, "D"))
        {
            return -1;
        }

        at += n;
        if (!Bar(buffer, ref at) || !m.Version.TryFormat(buffer[at..], out n, default, CultureInfo.InvariantCulture))
        {
            return -1;
        }

        at += n;
        if (!Bar(buffer, ref at) || Encoding.UTF8.GetMaxByteCount(m.DepartmentId.Length) > buffer.Length - at - 32)
        {
            return -1;
        }

        at += Encoding.UTF8.GetBytes(m.DepartmentId, buffer[at..]);
        if (!Bar(buffer, ref at) || !m.Risk.TryFormat(buffer[at..], out n, "0.0000", CultureInfo.InvariantCulture))
        {
            return -1;
        }

        at += n;
        if (at >= buffer.Length)
        {
            return -1;
        }

        buffer[at++] = (byte)'\n';
        return at;
    }

    private static bool Bar(Span<byte> buffer, ref int at)
    {
        if (at >= buffer.Length)
        {
            return false;
        }

        buffer[at++] = (byte)'|';
        return true;
    }

    public static string CanonicalLine(PopulationMember m) => string.Create(
        CultureInfo.InvariantCulture, $"{m.Id:D}|{m.Version}|{m.DepartmentId}|{m.Risk:0.0000}");
}
