using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The checks across forms and years of one fiscal year (docs/domain-rules.md#checks-across-forms-and-years): one
/// <see cref="CrossCheckResult"/> per form, empty when nothing was found, so a run replaces the last one. Pure: the
/// caller reads the forms and stores the results.
/// </summary>
public static class CrossChecker
{
    /// <param name="forms">The year's forms to check (submitted or further).</param>
    /// <param name="previousYear">The previous year's approved or published forms.</param>
    public static IReadOnlyList<CrossCheckResult> Check(
        IReadOnlyList<CrossCheckForm> forms,
        IReadOnlyList<CrossCheckForm> previousYear,
        CrossCheckSettings settings,
        DateTimeOffset checkedAt)
    {
        var findings = new List<CrossFinding>[forms.Count];
        Parallel.For(0, forms.Count, i =>
        {
            var list = new List<CrossFinding>();
            FormChecks.Check(forms[i], settings, list);
            findings[i] = list;
        });

        AcrossUnits(forms, settings, findings);
        AgainstPreviousYear(forms, previousYear, findings);

        var results = new CrossCheckResult[forms.Count];
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            results[i] = new CrossCheckResult
            {
                Id = form.Id,
                FiscalYear = form.FiscalYear,
                UnitId = form.UnitId,
                DepartmentId = form.DepartmentId,
                ProjectName = form.ProjectName,
                Kind = form.Kind,
                UnitName = form.UnitName,
                Findings = findings[i],
                CheckedAt = checkedAt,
            };
        }

        return results;
    }

    /// <summary>
    /// Copies between units in unrelated projects, and boilerplate benefit and satisfaction rows: the rows grouped by
    /// their normalised text, the groups' texts joined with <see cref="NearDuplicates"/>, then each row of a group
    /// compared with the rows of its own group and of the groups alike.
    /// </summary>
    private static void AcrossUnits(IReadOnlyList<CrossCheckForm> forms, CrossCheckSettings settings, List<CrossFinding>[] findings)
    {
        var rowTexts = new string[forms.Count][];
        Parallel.For(0, forms.Count, f => rowTexts[f] = forms[f].Indicators.Select(TextSimilarity.IndicatorText).ToArray());
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var rows = new List<List<(int Form, int Row)>>();
        for (var f = 0; f < forms.Count; f++)
        {
            for (var r = 0; r < rowTexts[f].Length; r++)
            {
                var text = rowTexts[f][r];
                if (text.Length == 0)
                {
                    continue;
                }

                if (!keys.TryGetValue(text, out var key))
                {
                    keys[text] = key = texts.Count;
                    texts.Add(text);
                    rows.Add([]);
                }

                rows[key].Add((f, r));
            }
        }

        // Units per text; a text shared by many units is boilerplate, reported on benefit and satisfaction rows and
        // too common to call a copy anywhere.
        var units = new int[texts.Count];
        for (var k = 0; k < texts.Count; k++)
        {
            var group = rows[k];
            units[k] = group.Count == 1 ? 1 : group.Select(x => forms[x.Form].UnitId).Distinct(StringComparer.Ordinal).Count();
            if (units[k] < settings.BoilerplateUnits)
            {
                continue;
            }

            // One finding per row number and wording, shared by the forms that have it: a boilerplate text is on tens
            // of thousands of forms.
            var same = new Dictionary<(int Row, string Name), CrossFinding>();
            foreach (var (f, r) in group)
            {
                var row = forms[f].Indicators[r];
                if (FormChecks.IsLevel1(row, "效益") || FormChecks.IsLevel1(row, "满意度"))
                {
                    if (!same.TryGetValue((r, row.Name), out var finding))
                    {
                        same[(r, row.Name)] = finding = new CrossFinding(CrossCheckFindings.Boilerplate(r, row.Name, units[k]));
                    }

                    findings[f].Add(finding);
                }
            }
        }

        var candidates = Enumerable.Range(0, texts.Count)
            .Where(k => units[k] < settings.BoilerplateUnits && texts[k].Length >= settings.MinTextLength)
            .ToArray();
        var shingles = candidates.AsParallel().AsOrdered().Select(k => TextSimilarity.Trigrams(texts[k])).ToArray();
        var neighbours = new Dictionary<int, List<(int Key, double Dice)>>();
        foreach (var (a, b, dice) in NearDuplicates.Find(shingles, settings.IndicatorSimilarity))
        {
            Neighbours(neighbours, candidates[a]).Add((candidates[b], dice));
            Neighbours(neighbours, candidates[b]).Add((candidates[a], dice));
        }

        var projects = new long[forms.Count][];
        long[] Project(int f) => projects[f] ??= TextSimilarity.Trigrams(TextSimilarity.Normalize(forms[f].ProjectName));

        foreach (var k in candidates)
        {
            var near = neighbours.GetValueOrDefault(k);
            if (rows[k].Count < 2 && near is null)
            {
                continue;
            }

            foreach (var (f, r) in rows[k])
            {
                (int Form, int Row, double Dice)? best = null;
                void Consider(int key, double dice)
                {
                    foreach (var (f2, r2) in rows[key])
                    {
                        if (forms[f2].UnitId == forms[f].UnitId
                            || (best is { } b && (b.Dice > dice || (b.Dice == dice && forms[b.Form].Id.CompareTo(forms[f2].Id) <= 0)))
                            || TextSimilarity.Dice(Project(f), Project(f2)) >= settings.ProjectSimilarity)
                        {
                            continue;
                        }

                        best = (f2, r2, dice);
                    }
                }

                Consider(k, 1.0);
                foreach (var (key, dice) in near ?? [])
                {
                    Consider(key, dice);
                }

                if (best is { } found)
                {
                    var other = forms[found.Form];
                    var row = forms[f].Indicators[r];
                    findings[f].Add(new CrossFinding(
                        CrossCheckFindings.Copied(r, row.Name, other, found.Row, other.Indicators[found.Row].Name, found.Dice),
                        other.Id, found.Row, other.ProjectName, other.UnitId, other.FiscalYear, other.UnitName, other.DepartmentId,
                        CrossFinding.KindOf(other)));
                }
            }
        }
    }

    private static List<(int Key, double Dice)> Neighbours(Dictionary<int, List<(int Key, double Dice)>> all, int key)
    {
        if (!all.TryGetValue(key, out var list))
        {
            all[key] = list = [];
        }

        return list;
    }

    /// <summary>
    /// <c>TARGET_BELOW_PREVIOUS_ACTUAL</c> on a form: the same unit's project of the same name (without whitespace) in
    /// the previous year's approved or published forms; its actuals by indicator name, compared by the declaration's
    /// rule (<see cref="DeclarationRules.IsBelowPreviousActual"/>).
    /// </summary>
    private static void AgainstPreviousYear(
        IReadOnlyList<CrossCheckForm> forms, IReadOnlyList<CrossCheckForm> previousYear, List<CrossFinding>[] findings)
    {
        var previous = new Dictionary<(string Unit, string Project), CrossCheckForm>();
        foreach (var form in previousYear.Where(p => p.IsFinal).OrderBy(p => p.Id))
        {
            previous.TryAdd((form.UnitId, TargetIds.Normalize(form.ProjectName)), form);
        }

        if (previous.Count == 0)
        {
            return;
        }

        for (var f = 0; f < forms.Count; f++)
        {
            var form = forms[f];
            if (!previous.TryGetValue((form.UnitId, TargetIds.Normalize(form.ProjectName)), out var before))
            {
                continue;
            }

            var actuals = new Dictionary<string, (int Index, Measure Actual)>();
            for (var i = 0; i < before.Indicators.Count; i++)
            {
                actuals.TryAdd(TargetIds.Normalize(before.Indicators[i].Name), (i, before.Indicators[i].ParseActual()));
            }

            for (var i = 0; i < form.Indicators.Count; i++)
            {
                var row = form.Indicators[i];
                var target = row.ParseTarget();
                if (actuals.TryGetValue(TargetIds.Normalize(row.Name), out var match)
                    && DeclarationRules.IsBelowPreviousActual(target, match.Actual))
                {
                    findings[f].Add(new CrossFinding(
                        TargetFindings.BelowPreviousActual(i, row.Name, target, match.Actual),
                        before.Id, match.Index, before.ProjectName, before.UnitId, before.FiscalYear, before.UnitName, before.DepartmentId,
                        CrossFinding.KindOf(before)));
                }
            }
        }
    }
}
