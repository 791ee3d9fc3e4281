namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The pairs of texts whose trigram sets are at least a Dice threshold alike, without comparing every pair: an exact
/// all-pairs join by prefix filtering. Each set's trigrams are ordered rarest first; two sets with Jaccard ≥ t share a
/// trigram among the first |x| − ⌈t·|x|⌉ + 1 of each, so only sets sharing such a trigram are compared, and only when
/// their sizes allow it (|y| ≥ t·|x|). Nothing alike is missed, and common trigrams ("满意度") rarely lead a prefix.
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

        // Each set's shingles rarest first (ties by value), and the sets by size, smallest first.
        var ordered = new long[sets.Count][];
        for (var i = 0; i < sets.Count; i++)
        {
            var set = (long[])sets[i].Clone();
            Array.Sort(set, (x, y) => frequency[x] != frequency[y] ? frequency[x].CompareTo(frequency[y]) : x.CompareTo(y));
            ordered[i] = set;
        }

        var bySize = Enumerable.Range(0, sets.Count).Where(i => sets[i].Length > 0).OrderBy(i => sets[i].Length).ToArray();
        var index = new Dictionary<long, List<int>>();
        var seen = new int[sets.Count];
        Array.Fill(seen, -1);
        var pairs = new List<(int, int, double)>();
        foreach (var x in bySize)
        {
            var size = sets[x].Length;
            var prefix = PrefixLength(size, jaccard);
            var minSize = jaccard * size - 1e-9;
            for (var p = 0; p < prefix; p++)
            {
                if (!index.TryGetValue(ordered[x][p], out var list))
                {
                    continue;
                }

                foreach (var y in list)
                {
                    if (seen[y] == x || sets[y].Length < minSize)
                    {
                        continue;
                    }

                    seen[y] = x;
                    var dice = TextSimilarity.Dice(sets[x], sets[y]);
                    if (dice >= diceThreshold - 1e-9)
                    {
                        pairs.Add((y, x, dice));
                    }
                }
            }

            for (var p = 0; p < prefix; p++)
            {
                if (!index.TryGetValue(ordered[x][p], out var list))
                {
                    index[ordered[x][p]] = list = [];
                }

                list.Add(x);
            }
        }

        return pairs;
    }

    /// <summary>|x| − ⌈t·|x|⌉ + 1, at least 1 and at most |x|.</summary>
    public static int PrefixLength(int size, double jaccard) =>
        Math.Clamp(size - (int)Math.Ceiling(jaccard * size - 1e-9) + 1, 1, size);
}
