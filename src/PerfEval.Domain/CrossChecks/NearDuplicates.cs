namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The pairs of texts whose trigram sets are at least a Dice threshold alike, without comparing every pair: an exact
/// all-pairs join by prefix filtering. Each set's trigrams are ordered rarest first; two sets with Jaccard ≥ t share a
/// trigram among the first |x| − ⌈t·|x|⌉ + 1 of each, so only sets sharing such a trigram are compared, and only when
/// their sizes allow it (|y| ≥ t·|x|). Nothing alike is missed, and common trigrams ("满意度") rarely lead a prefix.
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

        // One order of all shingles, rarest first (ties by value), as ranks; each set's ranks ascending: its rarest
        // shingles first. The sets by size, smallest first.
        var tokens = frequency.Select(f => (Frequency: f.Value, Shingle: f.Key)).ToArray();
        Array.Sort(tokens);
        var rankOf = new Dictionary<long, int>(tokens.Length);
        for (var r = 0; r < tokens.Length; r++)
        {
            rankOf[tokens[r].Shingle] = r;
        }

        var ordered = new int[sets.Count][];
        Parallel.For(0, sets.Count, i =>
        {
            var ranks = Array.ConvertAll(sets[i], shingle => rankOf[shingle]);
            Array.Sort(ranks);
            ordered[i] = ranks;
        });

        // Every set's prefix in one index, the postings in size order; then each set probes, on all cores, only the
        // sets before it in that order (so each pair is found once, by the later of the two).
        var bySize = Enumerable.Range(0, sets.Count).Where(i => sets[i].Length > 0).OrderBy(i => sets[i].Length).ToArray();
        var index = new List<int>?[tokens.Length];
        for (var position = 0; position < bySize.Length; position++)
        {
            var x = bySize[position];
            var prefix = PrefixLength(sets[x].Length, jaccard);
            for (var p = 0; p < prefix; p++)
            {
                (index[ordered[x][p]] ??= []).Add(position);
            }
        }

        var found = new List<(int, int, double)>[bySize.Length];
        Parallel.For(
            0,
            bySize.Length,
            () => new int[bySize.Length],
            (position, _, seen) =>
            {
                var x = bySize[position];
                var size = sets[x].Length;
                var prefix = PrefixLength(size, jaccard);
                var minSize = jaccard * size - 1e-9;
                List<(int, int, double)>? pairs = null;
                for (var p = 0; p < prefix; p++)
                {
                    foreach (var earlier in index[ordered[x][p]]!)
                    {
                        if (earlier >= position)
                        {
                            break;
                        }

                        var y = bySize[earlier];
                        if (seen[earlier] == position + 1 || sets[y].Length < minSize)
                        {
                            continue;
                        }

                        seen[earlier] = position + 1;
                        var dice = TextSimilarity.Dice(sets[x], sets[y]);
                        if (dice >= diceThreshold - 1e-9)
                        {
                            (pairs ??= []).Add((y, x, dice));
                        }
                    }
                }

                found[position] = pairs!;
                return seen;
            },
            _ => { });

        return found.Where(p => p is not null).SelectMany(p => p).ToList();
    }

    /// <summary>|x| − ⌈t·|x|⌉ + 1, at least 1 and at most |x|.</summary>
    public static int PrefixLength(int size, double jaccard) =>
        Math.Clamp(size - (int)Math.Ceiling(jaccard * size - 1e-9) + 1, 1, size);
}
