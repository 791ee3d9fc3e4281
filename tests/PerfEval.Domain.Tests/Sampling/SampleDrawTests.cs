using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Sampling;

namespace PerfEval.Domain.Tests.Sampling;

public class SampleDrawTests
{
    private static readonly Actor Manager = new("m1", "李经理", new HashSet<string> { Role.Manager }, null, new HashSet<string>());

    private static List<PopulationMember> Population(int count, string department = "d1", decimal risk = 1m) =>
        Enumerable.Range(0, count).Select(i => Member(i, department, risk)).ToList();

    private static PopulationMember Member(int i, string department, decimal risk, long version = 3) =>
        new(new Guid($"00000000-0000-0000-0000-{i:D12}"), version, department, $"u{i % 7}", 100m + i, risk);

    [Fact]
    public void Same_seed_and_population_give_the_same_sample()
    {
        var population = Population(50, "d1").Concat(Population(30, "d2")).ToList();
        var shuffled = population.AsEnumerable().Reverse().ToList();

        var first = SampleDraw.Draw(population, new SampleSize(10, null), "2025-抽评-1");
        var second = SampleDraw.Draw(shuffled, new SampleSize(10, null), "2025-抽评-1");

        Assert.Equal(first.Drawn.Select(d => d.Member.Id), second.Drawn.Select(d => d.Member.Id));
        Assert.Equal(10, first.Drawn.Count);
    }

    [Fact]
    public void Another_seed_gives_another_sample()
    {
        var population = Population(200);

        var a = SampleDraw.Draw(population, new SampleSize(10, null), "a").Drawn.Select(d => d.Member.Id).ToHashSet();
        var b = SampleDraw.Draw(population, new SampleSize(10, null), "b").Drawn.Select(d => d.Member.Id).ToHashSet();

        Assert.False(a.SetEquals(b));
    }

    [Fact]
    public void The_draw_is_pinned_on_every_platform()
    {
        // u of seed "seed" and the first id, from SHA-256 alone; and the keys' logarithm from + − × ÷ alone.
        var u = SampleDraw.Uniform("seed", new Guid("00000000-0000-0000-0000-000000000000"));
        Assert.InRange(u, 0d, 1d);
        Assert.Equal(Math.Log(u), DeterministicMath.Ln(u), 14);
        Assert.Equal(Math.Log(1e-300), DeterministicMath.Ln(1e-300), 10);
        Assert.Equal(Math.Log(5e-324), DeterministicMath.Ln(5e-324), 10);
        Assert.Equal(0d, DeterministicMath.Ln(1d));
    }

    [Fact]
    public void One_form_changed_changes_the_population_hash()
    {
        var population = Population(20);
        var changed = population.Select((m, i) => i == 7 ? m with { Version = m.Version + 1 } : m).ToList();
        var rescored = population.Select((m, i) => i == 7 ? m with { Risk = 1.0001m } : m).ToList();

        Assert.Equal(PopulationHash.Of(population), PopulationHash.Of(population.AsEnumerable().Reverse()));
        Assert.NotEqual(PopulationHash.Of(population), PopulationHash.Of(changed));
        Assert.NotEqual(PopulationHash.Of(population), PopulationHash.Of(rescored));
    }

    [Fact]
    public void The_hash_is_over_the_canonical_lines()
    {
        var member = new PopulationMember(new Guid("0f0f0f0f-0000-0000-0000-000000000001"), 12, "d9", "u1", 5m, 2.5m);

        Assert.Equal("0f0f0f0f-0000-0000-0000-000000000001|12|d9|2.5000", PopulationHash.CanonicalLine(member));
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes("0f0f0f0f-0000-0000-0000-000000000001|12|d9|2.5000\n"))),
            PopulationHash.Of([member]));
    }

    [Fact]
    public void Allocation_is_by_largest_remainder_in_proportion_to_stratum_size()
    {
        // 10 of 100: 55 → 5.5, 30 → 3.0, 15 → 1.5; the one left goes to the larger remainder tie's larger stratum.
        var counts = SampleDraw.Allocate([("a", 55), ("b", 30), ("c", 15)], 10);

        Assert.Equal(6, counts["a"]);
        Assert.Equal(3, counts["b"]);
        Assert.Equal(1, counts["c"]);
        Assert.Equal(10, counts.Values.Sum());
    }

    [Fact]
    public void Each_stratum_gives_its_allocation()
    {
        var population = Population(60, "d1").Concat(Enumerable.Range(1000, 40).Select(i => Member(i, "d2", 1m))).ToList();

        var outcome = SampleDraw.Draw(population, new SampleSize(null, 0.1m), "s");

        Assert.Equal(6, outcome.Drawn.Count(d => d.Stratum == "d1"));
        Assert.Equal(4, outcome.Drawn.Count(d => d.Stratum == "d2"));
        Assert.Equal([new StratumAllocation("d1", 60, 6), new StratumAllocation("d2", 40, 4)], outcome.Strata);
    }

    [Theory]
    [InlineData(null, "0.1", 101, 11)]   // share rounded up
    [InlineData(null, "0.001", 5, 1)]    // at least one
    [InlineData(null, "1", 5, 5)]
    [InlineData(10, null, 4, 4)]         // no more than the population
    [InlineData(3, null, 0, 0)]
    public void Size_is_a_count_or_a_share_rounded_up(int? count, string? share, int population, int expected)
    {
        Assert.Equal(expected, new SampleSize(count, share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)).For(population));
    }

    [Fact]
    public void A_higher_risk_form_is_drawn_more_often()
    {
        // 20 forms, one of risk 5 among risk 1; 1 drawn per seed, over 400 fixed seeds. Its chance is 5/24 ≈ 21 %,
        // a risk-1 form's 1/24 ≈ 4 %.
        var population = Population(20).Select((m, i) => i == 0 ? m with { Risk = 5m } : m).ToList();
        var counts = new Dictionary<Guid, int>();
        for (var seed = 0; seed < 400; seed++)
        {
            var id = SampleDraw.Draw(population, new SampleSize(1, null), $"seed-{seed}").Drawn.Single().Member.Id;
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var risky = counts.GetValueOrDefault(population[0].Id);
        Assert.InRange(risky, 60, 110);
        Assert.All(population.Skip(1), m => Assert.True(counts.GetValueOrDefault(m.Id) < risky / 2, $"{m.Id}: {counts.GetValueOrDefault(m.Id)}"));
    }

    [Fact]
    public void The_draw_is_recorded_and_verifies()
    {
        var candidates = Population(30).Select(m => new Candidate(m, $"项目{m.Id.ToString()[^2..]}", new RiskParts(1m, 1m, 0, 0, 0, 0))).ToList();
        var filters = new SampleFilters { DepartmentIds = ["d1"] };

        var (drawn, error) = SampleDecisions.Draw(Guid.NewGuid(), 2025, filters, new SampleSize(5, null), "x", true, candidates, RiskWeights.Default, Manager);

        Assert.Null(error);
        Assert.Equal(5, drawn!.Selected.Count);
        Assert.Equal("李经理", drawn.DrawnByName);
        var export = new SampleExport(drawn.DrawId, 2025, drawn.Seed, filters, drawn.Size, drawn.PopulationHash,
            candidates.Select(c => c.Member).ToList(), drawn.Selected.Select(s => new ExportedSample(s.EvaluationId, s.Stratum)).ToList());
        Assert.True(SampleVerification.Verify(export).Matches);

        var tampered = export with { Sample = [.. export.Sample.Skip(1), new ExportedSample(candidates.Select(c => c.Member.Id).First(id => export.Sample.All(s => s.EvaluationId != id)), "d1")] };
        var redraw = SampleVerification.Verify(tampered);
        Assert.False(redraw.Matches);
        Assert.Single(redraw.Missing);
        Assert.Single(redraw.Extra);

        var changedPopulation = export with { Population = [.. export.Population.Skip(1), export.Population[0] with { Version = 99 }] };
        Assert.False(SampleVerification.Verify(changedPopulation).PopulationIntact);
    }

    [Fact]
    public void The_population_holds_projects_forms_only_a_department_wide_form_is_never_drawn()
    {
        // 部门整体支出绩效自评表: no project targets to re-check, its own scoring profile; not a member of any stratum.
        var everything = new SampleFilters();
        var departmentOnly = new SampleFilters { DepartmentIds = ["d1"], MinAmount = 0m };

        Assert.Equal(FormKind.Project, SampleFilters.DrawnKind);
        Assert.True(everything.Admits(FormKind.Project, "d1", 100m, EvaluationStatus.Approved));
        Assert.False(everything.Admits(FormKind.DepartmentWide, "d1", 100m, EvaluationStatus.Approved));
        Assert.True(departmentOnly.Admits(FormKind.Project, "d1", 100m, EvaluationStatus.Submitted));
        Assert.False(departmentOnly.Admits(FormKind.DepartmentWide, "d1", 100m, EvaluationStatus.Submitted));
        Assert.False(departmentOnly.Admits(FormKind.Project, "d2", 100m, EvaluationStatus.Submitted));
    }

    [Fact]
    public void An_empty_population_is_refused()
    {
        var (drawn, error) = SampleDecisions.Draw(Guid.NewGuid(), 2025, new SampleFilters(), new SampleSize(5, null), "x", true, [], RiskWeights.Default, Manager);

        Assert.Null(drawn);
        Assert.Equal("sampling.empty_population", error!.Code);
    }

    [Theory]
    [InlineData(null, null, "sampling.size_or_share")]
    [InlineData(3, "0.5", "sampling.size_or_share")]
    [InlineData(0, null, "sampling.size_out_of_range")]
    [InlineData(null, "0", "sampling.share_out_of_range")]
    [InlineData(null, "1.5", "sampling.share_out_of_range")]
    public void Size_and_share_are_checked(int? count, string? share, string code)
    {
        Assert.Equal(code, SampleDecisions.CheckSize(count, share is null ? null : decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture))?.Code);
    }
}
