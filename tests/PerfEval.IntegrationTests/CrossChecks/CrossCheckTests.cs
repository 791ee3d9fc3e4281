using System.Net;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.CrossChecks;

/// <summary>
/// The checks across forms and years over HTTP (docs/domain-rules.md#checks-across-forms-and-years): a manager's run
/// done by the job server, the year's list, and the form's own findings. Each test works in fiscal years of its own.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CrossCheckTests(PlatformFixture platform)
{
    public sealed record Item(
        Guid EvaluationId, string ProjectName, string UnitId, string DepartmentId, string Code, string Severity, string Path, string Message,
        Guid? OtherEvaluationId, int? OtherIndicatorIndex, string? OtherProjectName, string? OtherUnitId, int? OtherFiscalYear, bool OtherReadable,
        FormKind FormKind = FormKind.Project, FormKind? OtherFormKind = null);

    public sealed record Run(Guid RunId, string Status, int Forms, int Findings, Dictionary<string, int> ByCode);

    public sealed record YearPage(List<Item> Items, int Page, int PageSize, long Total, Dictionary<string, int> ByCode, Run? Run);

    public sealed record FormChecks(Guid EvaluationId, DateTimeOffset? CheckedAt, List<Item> Findings);

    private static EvaluationForm Seed(int index, int year) => Lifecycle.SeedForms[index].InYear(year);

    /// <summary>Asks for the year's run as a manager and waits until the job has completed it.</summary>
    private async Task<Run> RunAsync(int year)
    {
        var manager = await platform.ClientFor(TestUser.Manager());
        var accepted = await manager.PostAsync($"/api/cross-checks/{year}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var queued = await Forms.Read<Run>(accepted);
        return await Eventually.Value(async () =>
        {
            var run = (await ListAsync(manager, year)).Run;
            return run is { Status: "Completed" } && run.RunId == queued.RunId ? run : null;
        }, $"the cross-check run of {year} to complete", TimeSpan.FromSeconds(90));
    }

    private static async Task<YearPage> ListAsync(HttpClient client, int year, string query = "")
    {
        var response = await client.GetAsync($"/api/cross-checks/{year}?pageSize=200{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await Forms.Read<YearPage>(response);
    }

    private static async Task<FormChecks> OwnAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/evaluations/{id}/cross-checks");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await Forms.Read<FormChecks>(response);
    }

    /// <summary>区退管会管理工作经费 and 灵活就业工作经费 of two units, each with the same 满意度 row about 受益老年人.</summary>
    private async Task<(TestOrg A, TestOrg B, Guid FormA, Guid FormB)> CopiedSatisfactionRowAsync(int year)
    {
        var (a, b) = (TestOrg.New(), TestOrg.New());
        var retiree = Seed(2, year);
        var flexible = Seed(0, year);
        var copied = retiree.Indicators[12] with { Name = "受益老年人满意率", Target = "≥90.00(%)" };
        var formA = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(a.Submitter),
            retiree with { Indicators = [.. retiree.Indicators.Select((r, i) => i == 12 ? copied : r)] });
        var formB = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(b.Submitter),
            flexible with { Indicators = [.. flexible.Indicators.Select((r, i) => i == 7 ? copied with { Weight = r.Weight, ClaimedScore = r.ClaimedScore } : r)] });
        return (a, b, formA.Id, formB.Id);
    }

    [Fact]
    public async Task A_satisfaction_row_copied_between_two_units_unrelated_projects_flags_both_forms_each_naming_the_others_row()
    {
        var year = Lifecycle.OwnYear();
        var (a, _, formA, formB) = await CopiedSatisfactionRowAsync(year);

        var run = await RunAsync(year);

        Assert.Equal(2, run.Forms);
        Assert.Equal(2, run.ByCode[FindingCodes.IndicatorCopiedAcrossUnits]);
        var manager = await platform.ClientFor(TestUser.Manager());
        var page = await ListAsync(manager, year, $"&code={FindingCodes.IndicatorCopiedAcrossUnits}");
        Assert.Equal(2, page.Total);
        var ofA = Assert.Single(page.Items, i => i.EvaluationId == formA);
        Assert.Equal("indicators[12]", ofA.Path);
        Assert.Equal(formB, ofA.OtherEvaluationId);
        Assert.Equal(7, ofA.OtherIndicatorIndex);
        Assert.Equal("灵活就业工作经费", ofA.OtherProjectName);
        Assert.Contains("灵活就业工作经费", ofA.Message);
        Assert.Contains("受益老年人满意率", ofA.Message);
        Assert.True(ofA.OtherReadable);
        var ofB = Assert.Single(page.Items, i => i.EvaluationId == formB);
        Assert.Equal("indicators[7]", ofB.Path);
        Assert.Equal(formA, ofB.OtherEvaluationId);
        Assert.Equal(12, ofB.OtherIndicatorIndex);
        Assert.Equal("区退管会管理工作经费", ofB.OtherProjectName);
        Assert.Equal(2, page.ByCode[FindingCodes.IndicatorCopiedAcrossUnits]);

        // The unit reads its own form's finding; it may not open the other unit's form.
        var own = await OwnAsync(await platform.ClientFor(a.Submitter), formA);
        var finding = Assert.Single(own.Findings);
        Assert.Equal(formB, finding.OtherEvaluationId);
        Assert.False(finding.OtherReadable);
        Assert.NotNull(own.CheckedAt);

        // The department's reviewer lists the year: only the department's forms.
        var reviewer = await platform.ClientFor(TestUser.Reviewer(a.DepartmentId));
        var departments = await ListAsync(reviewer, year);
        Assert.Equal(formA, Assert.Single(departments.Items).EvaluationId);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/cross-checks/{year}?departmentId=dept-elsewhere")).StatusCode);
    }

    [Fact]
    public async Task A_department_wide_form_and_the_other_form_a_finding_names_are_listed_with_their_kind()
    {
        var year = Lifecycle.OwnYear();
        var (a, b) = (TestOrg.New(), TestOrg.New());
        var departmentWide = DepartmentWideSample.Form(year);
        var tasks = departmentWide.Indicators[3]; // 年度重点工作任务完成数 ≥12项, copied into another unit's project
        var flexible = Seed(0, year);
        var formA = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(a.Submitter), departmentWide);
        var formB = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(b.Submitter), flexible with
        {
            Indicators = [.. flexible.Indicators.Select((r, i) => i == 0 ? r with { Name = tasks.Name, Target = tasks.Target, Actual = tasks.Actual } : r)],
        });

        await RunAsync(year);

        var manager = await platform.ClientFor(TestUser.Manager());
        var page = await ListAsync(manager, year, $"&code={FindingCodes.IndicatorCopiedAcrossUnits}");
        var ofA = Assert.Single(page.Items, i => i.EvaluationId == formA.Id);
        Assert.Equal((FormKind.DepartmentWide, formB.Id, (FormKind?)FormKind.Project), (ofA.FormKind, ofA.OtherEvaluationId!.Value, ofA.OtherFormKind));
        var ofB = Assert.Single(page.Items, i => i.EvaluationId == formB.Id);
        Assert.Equal((FormKind.Project, formA.Id, (FormKind?)FormKind.DepartmentWide), (ofB.FormKind, ofB.OtherEvaluationId!.Value, ofB.OtherFormKind));

        // The form's own findings carry its kind too; a finding naming no other form has no other kind.
        var own = await OwnAsync(manager, formA.Id);
        Assert.All(own.Findings, f => Assert.Equal(FormKind.DepartmentWide, f.FormKind));
        Assert.All((await ListAsync(manager, year)).Items.Where(i => i.OtherEvaluationId is null), i => Assert.Null(i.OtherFormKind));
    }

    [Fact]
    public async Task A_rerun_replaces_the_forms_results_instead_of_adding_to_them()
    {
        var year = Lifecycle.OwnYear();
        var (_, _, formA, _) = await CopiedSatisfactionRowAsync(year);
        var manager = await platform.ClientFor(TestUser.Manager());

        await RunAsync(year);
        var first = await OwnAsync(manager, formA);
        var second = await RunAsync(year);
        var again = await OwnAsync(manager, formA);

        Assert.Equal(2, second.Findings);
        Assert.Single(again.Findings);
        Assert.Equal(first.Findings.Single().Message, again.Findings.Single().Message);
        Assert.True(again.CheckedAt > first.CheckedAt);
        Assert.Equal(2, (await ListAsync(manager, year)).Total);
    }

    [Fact]
    public async Task A_target_below_the_projects_approved_actual_of_the_previous_year_is_flagged_naming_that_form()
    {
        // Two consecutive years of this test's own.
        var previous = Lifecycle.OwnYear();
        var year = Lifecycle.OwnYear();
        while (year != previous + 1)
        {
            (previous, year) = (year, Lifecycle.OwnYear());
        }

        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var before = await Lifecycle.SubmitAsync(platform, unit, Seed(2, previous));
        await Lifecycle.ClaimAsync(platform, before.Id, reviewer);
        await Lifecycle.ApproveAsync(platform, before.Id, reviewer, 97m, "优");

        // 开展为老服务人数: 10412 人 done last year, ≥10000 人 aimed at this year.
        var form = Seed(2, year);
        var now = await Lifecycle.SubmitAsync(platform, unit,
            form with { Indicators = [.. form.Indicators.Select((r, i) => i == 2 ? r with { Target = "≥10000.00(人)" } : r)] });

        await RunAsync(year);

        var own = await OwnAsync(unit, now.Id);
        var finding = Assert.Single(own.Findings, f => f.Code == FindingCodes.TargetBelowPreviousActual);
        Assert.Equal("indicators[2].target", finding.Path);
        Assert.Equal(before.Id, finding.OtherEvaluationId);
        Assert.Equal(2, finding.OtherIndicatorIndex);
        Assert.Equal(previous, finding.OtherFiscalYear);
        Assert.True(finding.OtherReadable);
        Assert.Contains("10412", finding.Message);
    }

    [Fact]
    public async Task Every_score_at_its_maximum_while_the_scoring_found_errors_is_flagged()
    {
        var year = Lifecycle.OwnYear();
        var studio = Seed(3, year);
        var full = studio with
        {
            Funds = studio.Funds with { ClaimedScore = studio.Funds.Weight },
            Indicators = [.. studio.Indicators.Select(r => r with { ClaimedScore = r.Weight })],
            ClaimedTotal = 100m,
            ClaimedGrade = "优",
        };
        var org = TestOrg.New();
        var submitted = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(org.Submitter), full);
        Assert.Contains(submitted.Scorecard!.Findings, f => f.Severity == Severity.Error);

        await RunAsync(year);

        var own = await OwnAsync(await platform.ClientFor(TestUser.Reviewer(org.DepartmentId)), submitted.Id);
        var finding = Assert.Single(own.Findings, f => f.Code == FindingCodes.AllScoresMaxWithErrors);
        Assert.Equal("claimedTotal", finding.Path);
    }

    [Fact]
    public async Task Nothing_is_flagged_for_two_units_clean_forms()
    {
        var year = Lifecycle.OwnYear();
        var (a, b) = (TestOrg.New(), TestOrg.New());
        var formA = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(a.Submitter), Seed(0, year));
        var formB = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(b.Submitter), Seed(2, year));

        var run = await RunAsync(year);

        Assert.Equal(2, run.Forms);
        Assert.Equal(0, run.Findings);
        var manager = await platform.ClientFor(TestUser.Manager());
        Assert.Empty((await ListAsync(manager, year)).Items);
        foreach (var id in new[] { formA.Id, formB.Id })
        {
            var own = await OwnAsync(manager, id);
            Assert.Empty(own.Findings);
            Assert.NotNull(own.CheckedAt);
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_problem_naming_the_field()
    {
        var manager = await platform.ClientFor(TestUser.Manager());

        var run = await manager.PostAsync("/api/cross-checks/1800/run", null);
        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        Assert.Contains("year", await run.Content.ReadAsStringAsync());

        foreach (var (query, field) in new[]
        {
            ("/api/cross-checks/3000", "year"),
            ("/api/cross-checks/2024?code=NOT_A_CODE", "code"),
            ("/api/cross-checks/2024?departmentId=%3Cscript%3E", "departmentId"),
            ("/api/cross-checks/2024?pageSize=0", "pageSize"),
        })
        {
            var response = await manager.GetAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/evaluations/{Guid.NewGuid()}/cross-checks")).StatusCode);
    }
}
