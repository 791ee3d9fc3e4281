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
            .Select(g => (Department: g.Key, Members: g.ToArray()))
            .ToList();
        var counts = Allocate(strata.Select(s => (s.Department, s.Members.Length)).ToList(), size.For(population.Count));
        var keys = new KeySource(seed);
        var drawn = new List<DrawnMember>();
        var allocations = new List<StratumAllocation>();
        foreach (var (department, members) in strata)
        {
            var take = counts[department];
            allocations.Add(new StratumAllocation(department, members.Length, take));
            if (take == 0)
            {
                continue;
            }

            var ranked = members.Select(m => new DrawnMember(m, department, keys.Key(m))).ToArray();
            Array.Sort(ranked, BestFirst);
            drawn.AddRange(ranked.Take(take));
        }

        return new DrawOutcome(allocations, drawn);
    }

    /// <summary>Larger key first; equal keys by the id's text, ordinal.</summary>
    private static int BestFirst(DrawnMember a, DrawnMember b)
    {
        var byKey = b.Key.CompareTo(a.Key);
        return byKey != 0
            ? byKey
            : string.CompareOrdinal(a.Member.Id.ToString("D"), b.Member.Id.ToString("D"));
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
    public static double Key(string seed, PopulationMember member) => new KeySource(seed).Key(member);

    /// <summary>
    /// u in (0, 1): the first 8 bytes of SHA-256 of <c>seed|id</c> (UTF-8, id as 36 characters) read big-endian, its
    /// top 53 bits plus one half, divided by 2^53.
    /// </summary>
    public static double Uniform(string seed, Guid id) => new KeySource(seed).Uniform(id);

    /// <summary>The keys of one seed, with the seed's bytes encoded once and one buffer reused (200,000 keys a draw).</summary>
    private sealed class KeySource
    {
        private readonly byte[] _buffer;
        private readonly int _prefix;

        public KeySource(string seed)
        {
            _prefix = Encoding.UTF8.GetByteCount(seed) + 1;
            _buffer = new byte[_prefix + 36];
            Encoding.UTF8.GetBytes(seed, _buffer);
            _buffer[_prefix - 1] = (byte)'|';
        }

        public double Key(PopulationMember member) =>
            DeterministicMath.Ln(Uniform(member.Id)) / (double)Math.Max(member.Risk, 0.0001m);

        public double Uniform(Guid id)
        {
            id.TryFormat(_buffer.AsSpan(_prefix), out _, "D");
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(_buffer, hash);
            var bits = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11;
            return (bits + 0.5) / 9007199254740992d;
        }
    }
}

/// <summary>Functions computed with the four IEEE 754 operations only, so they give the same bits on every platform.</summary>
public static class DeterministicMath
{
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>
    /// The natural logarithm of a positive finite number: x = m × 2^e with m in [√½, √2) taken from its bits (exact),
    /// then ln m = 2 atanh((m − 1)/(m + 1)) by its series (|z| ≤ 0.172, 14 terms), plus e × ln 2.
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
        var power2 = exponent - 1023;
        if (mantissa >= Sqrt2)
        {
            mantissa /= 2;
            power2++;
        }

        var z = (mantissa - 1) / (mantissa + 1);
        var z2 = z * z;
        var sum = 0d;
        var term = z;
        for (var k = 0; k < 14; k++)
        {
            sum += term / ((2 * k) + 1);
            term *= z2;
        }

        return (2 * sum) + (power2 * Ln2);
    }
}
