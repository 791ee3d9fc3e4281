using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Domain.Sampling;

/// <summary>One drawn form: its population member, its stratum (department) and its key in the draw.</summary>
public sealed record DrawnMember(PopulationMember Member, string Stratum, double Key);

/// <summary>A stratum's share of the sample.</summary>
public sealed record StratumAllocation(string DepartmentId, int PopulationCount, int SampleCount);

/// <summary>The outcome of a draw: the allocation per department and the drawn forms, stratum by stratum, best key first.</summary>
public sealed record DrawOutcome(IReadOnlyList<StratumAllocation> Strata, IReadOnlyList<DrawnMember> Drawn);

/// <summary>
/// The draw (docs/domain-rules.md#sampling), pure and reproducible on any platform: stratified by department with a
/// largest-remainder allocation proportional to stratum size, then within each stratum weighted sampling without
/// replacement by risk (Efraimidis–Spirakis): each form's u in (0, 1) comes from SHA-256 of <c>seed|id</c>, its key is
/// u^(1/risk), compared as ln(u)/risk, and the largest keys are drawn. The logarithm is computed with additions,
/// multiplications and divisions only (IEEE 754 rounds each exactly the same everywhere), never System.Random.
/// </summary>
public static class SampleDraw
{
    public static DrawOutcome Draw(IReadOnlyList<PopulationMember> population, SampleSize size, string seed)
    {
        var strata = population
            .GroupBy(m => m.DepartmentId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Department: g.Key, Members: g.ToList()))
            .ToList();
        var counts = Allocate(strata.Select(s => (s.Department, s.Members.Count)).ToList(), size.For(population.Count));
        var drawn = new List<DrawnMember>();
        var allocations = new List<StratumAllocation>();
        foreach (var (department, members) in strata)
        {
            var take = counts[department];
            allocations.Add(new StratumAllocation(department, members.Count, take));
            drawn.AddRange(members
                .Select(m => new DrawnMember(m, department, Key(seed, m)))
                .OrderByDescending(d => d.Key)
                .ThenBy(d => d.Member.Id.ToString("D"), StringComparer.Ordinal)
                .Take(take));
        }

        return new DrawOutcome(allocations, drawn);
    }

    /// <summary>
    /// Largest-remainder allocation of <paramref name="total"/> over the strata in proportion to their sizes: each gets
    /// the whole part of total × size ÷ population, and the forms left over go one each to the largest remainders
    /// (ties: the larger stratum, then the department id, ordinal).
    /// </summary>
    public static IReadOnlyDictionary<string, int> Allocate(IReadOnlyList<(string Department, int Size)> strata, int total)
    {
        long population = strata.Sum(s => s.Size);
        var result = strata.ToDictionary(s => s.Department, _ => 0, StringComparer.Ordinal);
        if (population == 0 || total <= 0)
        {
            return result;
        }

        var quotas = strata.Select(s => (s.Department, s.Size, Whole: (int)(total * (long)s.Size / population),
            Remainder: total * (long)s.Size % population)).ToList();
        foreach (var q in quotas)
        {
            result[q.Department] = q.Whole;
        }

        var left = total - quotas.Sum(q => q.Whole);
        foreach (var q in quotas.Where(q => q.Whole < q.Size)
                     .OrderByDescending(q => q.Remainder).ThenByDescending(q => q.Size)
                     .ThenBy(q => q.Department, StringComparer.Ordinal).Take(left))
        {
            result[q.Department]++;
        }

        return result;
    }

    /// <summary>The member's key ln(u)/risk (larger is drawn first), u from SHA-256 of <c>seed|id</c>.</summary>
    public static double Key(string seed, PopulationMember member) =>
        DeterministicMath.Ln(Uniform(seed, member.Id)) / (double)Math.Max(member.Risk, 0.0001m);

    /// <summary>
    /// u in (0, 1): the first 8 bytes of SHA-256 of <c>seed|id</c> (UTF-8, id as 36 characters) read big-endian, its
    /// top 53 bits plus one half, divided by 2^53.
    /// </summary>
    public static double Uniform(string seed, Guid id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{id:D}"), hash);
        var bits = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11;
        return (bits + 0.5) / 9007199254740992d;
    }
}

/// <summary>Functions computed with the four IEEE 754 operations only, so they give the same bits on every platform.</summary>
public static class DeterministicMath
{
    private const double Ln2 = 0.6931471805599453;

    /// <summary>
    /// The natural logarithm of a positive finite number: x = m × 2^e with m in [1, 2) taken from its bits, then
    /// ln m = 2 atanh((m − 1)/(m + 1)) by its series (|z| ≤ 1/3, 40 terms), plus e × ln 2.
    /// </summary>
    public static double Ln(double x)
    {
        if (!(x > 0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The logarithm needs a positive finite number.");
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF);
        if (exponent == 0)
        {
            // Subnormal: scale into the normal range first (exact, a power of two).
            return Ln(x * 18014398509481984d) - (54 * Ln2);
        }

        var mantissa = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        var z = (mantissa - 1) / (mantissa + 1);
        var z2 = z * z;
        var sum = 0d;
        var power = z;
        for (var k = 0; k < 40; k++)
        {
            sum += power / ((2 * k) + 1);
            power *= z2;
        }

        return (2 * sum) + ((exponent - 1023) * Ln2);
    }
}
