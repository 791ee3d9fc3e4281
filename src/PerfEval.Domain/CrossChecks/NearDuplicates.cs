using System.Runtime.InteropServices;

namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The pairs of texts whose trigram sets are at least a Dice threshold alike, without comparing every pair: an exact
/// all-pairs join by prefix filtering. Each set's trigrams are ordered rarest first; two sets with Jaccard ≥ t share a
/// trigram among the first |x| − ⌈t·|x|⌉ + 1 of each, so only sets sharing such a trigram are compared, and only when
/// their sizes allow it (|y| ≥ t·|x|) and the shingles they share before and at the place they meet leave enough
/// after it (the positional filter: a text and its copy with a different street name meet late, and are dropped
/// without comparing them). Each set is indexed by a shorter prefix than it probes with, since only larger sets
/// probe it. Nothing alike is missed, and common trigrams ("满意度") rarely lead a prefix.
/// The probes run on every core; the pairs come out in the same order whatever the number of cores.
/// </summary>
public static class NearDuplicates
{
    /// <param name="sets">Sorted distinct shingles of each text (<see cref="TextSimilarity.Trigrams"/>).</param>
    /// <returns>Pairs (i, j) with i ≠ j, each once, and their Dice coefficient.</returns>
    public static List<(int A, int B, double Dice)> Find(IReadOnlyList<long[]> sets, double diceThreshold)
    {
        var jaccard = TextSimilarity.JaccardOf(diceThreshold);
        var frequency = new Dictionary<long, int>();
        foreach (var set in sets)
        {
            foreach (var shingle in set)
            {
                frequency[shingle] = frequency.GetValueOrDefault(shingle) + 1;
            }
        }

        // One order of all shingles, rarest first (ties by value), as ranks.
        var tokens = frequency.Select(f => (Frequency: f.Value, Shingle: f.Key)).ToArray();
        Array.Sort(tokens);
        var rankOf = new Dictionary<long, int>(tokens.Length);
        for (var r = 0; r < tokens.Length; r++)
        {
            rankOf[tokens[r].Shingle] = r;
        }

        // The sets by size, smallest first; each set's ranks ascending (its rarest shingles first), all in one array
        // in that order, so a comparison reads one short run of memory.
        var bySize = Enumerable.Range(0, sets.Count).Where(i => sets[i].Length > 0).OrderBy(i => sets[i].Length).ToArray();
        var starts = new int[bySize.Length + 1];
        for (var position = 0; position < bySize.Length; position++)
        {
            starts[position + 1] = starts[position] + sets[bySize[position]].Length;
        }

        var ranks = new int[starts[^1]];
        Parallel.For(0, bySize.Length, position =>
        {
            var own = ranks.AsSpan(starts[position], starts[position + 1] - starts[position]);
            var set = sets[bySize[position]];
            for (var i = 0; i < set.Length; i++)
            {
                own[i] = rankOf[set[i]];
            }

            own.Sort();
        });

        // Every set's index prefix in one index, the postings in size order with the shingle's place in the set; then
        // each set probes, on all cores, only the sets before it in that order (so each pair is found once, by the
        // later, larger of the two).
        var index = new List<Posting>?[tokens.Length];
        for (var position = 0; position < bySize.Length; position++)
        {
            var size = starts[position + 1] - starts[position];
            var prefix = IndexPrefixLength(size, diceThreshold);
            for (var p = 0; p < prefix; p++)
            {
                (index[ranks[starts[position] + p]] ??= []).Add(new Posting(position, p, size));
            }
        }

        var found = new List<(int, int, double)>[bySize.Length];
        Parallel.For(
            0,
            bySize.Length,
            () => new Probe(bySize.Length),
            (position, _, probe) =>
            {
                var own = ranks.AsSpan(starts[position], starts[position + 1] - starts[position]);
                var size = own.Length;
                var prefix = PrefixLength(size, jaccard);
                var minSize = jaccard * size - 1e-9;
                for (var p = 0; p < prefix; p++)
                {
                    if (index[own[p]] is not { } list)
                    {
                        continue;
                    }

                    // The postings in size order: from the first large enough, up to this set's own place.
                    var postings = CollectionsMarshal.AsSpan(list);
                    for (var i = FirstOfSize(postings, minSize); i < postings.Length; i++)
                    {
                        var (earlier, q, other) = postings[i];
                        if (earlier >= position)
                        {
                            break;
                        }

                        // Positional filter: the shared shingles so far, this one, and at most the fewer of the two
                        // sets' remaining shingles; a pair that cannot reach the overlap the threshold needs is dropped.
                        var shared = probe.Shared[earlier];
                        if (shared < 0)
                        {
                            continue;
                        }

                        if (shared == 0)
                        {
                            probe.Touched.Add(earlier);
                        }

                        var reachable = shared + 1 + Math.Min(size - p - 1, other - q - 1);
                        probe.Shared[earlier] = reachable >= NeededOverlap(size, other, diceThreshold) ? shared + 1 : -1;
                    }
                }

                List<(int, int, double)>? pairs = null;
                foreach (var earlier in probe.Touched)
                {
                    if (probe.Shared[earlier] > 0)
                    {
                        var candidate = ranks.AsSpan(starts[earlier], starts[earlier + 1] - starts[earlier]);
                        var needed = NeededOverlap(size, candidate.Length, diceThreshold);
                        if (TextSimilarity.Overlap<int>(own, candidate, needed) is var overlap and >= 0)
                        {
                            (pairs ??= []).Add((bySize[earlier], bySize[position], 2.0 * overlap / (size + candidate.Length)));
                        }
                    }

                    probe.Shared[earlier] = 0;
                }

                probe.Touched.Clear();
                found[position] = pairs!;
                return probe;
            },
            _ => { });

        return found.Where(p => p is not null).SelectMany(p => p).ToList();
    }

    /// <summary>A set in a shingle's postings: its place in size order, the shingle's place in the set, its size.</summary>
    private readonly record struct Posting(int Position, int Place, int Size);

    /// <summary>The first posting of a set of at least this size (postings are in size order).</summary>
    private static int FirstOfSize(ReadOnlySpan<Posting> postings, double minSize)
    {
        int low = 0, high = postings.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (postings[middle].Size < minSize)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>One core's counts while a set probes: shared prefix shingles per earlier set (−1: dropped), and which it touched.</summary>
    private sealed class Probe(int sets)
    {
        public int[] Shared { get; } = new int[sets];
        public List<int> Touched { get; } = [];
    }

    /// <summary>The shingles two sets of these sizes must share to be at least the Dice threshold alike: ⌈d·(|x| + |y|) ÷ 2⌉.</summary>
    public static int NeededOverlap(int size, int other, double diceThreshold) =>
        (int)Math.Ceiling(diceThreshold * (size + other) / 2 - 1e-9);

    /// <summary>
    /// The prefix a set is indexed by, shorter than the one it probes with: every set probing it is at least as large,
    /// so a pair needs at least ⌈d·|y|⌉ shared shingles and |y| − ⌈d·|y|⌉ + 1 of the smaller set's rarest suffice.
    /// </summary>
    public static int IndexPrefixLength(int size, double diceThreshold) =>
        Math.Clamp(size - (int)Math.Ceiling(diceThreshold * size - 1e-9) + 1, 1, size);

    /// <summary>|x| − ⌈t·|x|⌉ + 1, at least 1 and at most |x|.</summary>
    public static int PrefixLength(int size, double jaccard) =>
        Math.Clamp(size - (int)Math.Ceiling(jaccard * size - 1e-9) + 1, 1, size);
}
