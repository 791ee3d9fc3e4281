using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Api.Evaluations;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.DepartmentWide;

/// <summary>The department-wide form (部门整体支出绩效自评表) through the same life as a project's form, once per department and year.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DepartmentWideFormTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await Forms.Read<JsonElement>(response)).GetProperty("code").GetString();

    [Fact]
    public async Task A_department_wide_form_is_scored_with_its_common_indicators_queued_as_such_and_approved()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var form = DepartmentWideSample.Form(2024);
        form = form with { Department = form.Department! with { ActualStaff = 44 } }; // 44 of 42 places: 104.76 %

        var (draft, _) = await Forms.CreateDraft(unit, form);
        Assert.Equal(FormKind.DepartmentWide, draft.Form.Kind);
        await _flow.Submit(unit, draft.Id);
        var scored = await _flow.WaitForScore(unit, draft.Id);

        var card = scored.Scorecard!;
        Assert.Equal(2.62m, card.Indicators[0].RuleScore);
        Assert.Contains(card.Findings, f => f.Code == "DEPARTMENT_RATE_MISMATCH" && f.Path == "indicators[0].actual");
        Assert.DoesNotContain(card.Findings, f => f.Code == "TARGET_NOT_APPROVED");

        var task = await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(FormKind.DepartmentWide, task.FormKind);
        var adjust = await _flow.Act(reviewer, draft.Id, "review/adjustments",
            new { target = "indicator", indicatorIndex = 0, score = 2.62m, reason = "在职人员超编2人" });
        Assert.Equal(HttpStatusCode.OK, adjust.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/approve")).StatusCode);
        var approved = await _flow.Read(unit, draft.Id);
        Assert.Equal(EvaluationStatus.Approved, approved.Status);
        Assert.Equal(97m, card.ComputedTotal);
        Assert.Equal(97m, approved.ReviewedTotal); // 99.38 claimed, 5 → 2.62 on 在职人员控制率
    }

    [Fact]
    public async Task The_yearly_figures_list_the_department_wide_form_apart_from_the_projects()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var year = Lifecycle.OwnYear();
        await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(year));
        var departmentWide = await Lifecycle.SubmitAsync(platform, unit, DepartmentWideSample.Form(year));
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));

        var figures = await Forms.Read<Domain.Yearly.YearlyFigures>(
            await reviewer.GetAsync($"/api/projections/yearly/{year}?departmentId={org.DepartmentId}"));

        Assert.Equal(1, figures.Total.Forms);
        var row = Assert.Single(figures.DepartmentWide!);
        Assert.Equal(departmentWide.Id, row.EvaluationId);
        Assert.Equal(org.DepartmentId, row.DepartmentId);
        Assert.Equal(99.38m, row.ClaimedTotal);
        Assert.Equal(99.38m, row.ComputedTotal);
        Assert.Equal("Submitted", row.Status);
    }

    [Fact]
    public async Task A_second_department_wide_form_of_the_same_department_and_year_is_refused_others_are_not()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        await Forms.CreateDraft(unit, DepartmentWideSample.Form(2024));

        var again = await unit.PostAsJsonAsync("/api/evaluations", DepartmentWideSample.Form(2024), Forms.Json);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await Forms.Read<JsonElement>(again);
        Assert.Equal("evaluation.department_wide_exists", problem.GetProperty("code").GetString());
        Assert.Contains("2024年度的部门整体支出绩效自评表已存在", problem.GetProperty("detail").GetString());

        // Another year of the same department, another department's form of the year, and project forms: all stored.
        await Forms.CreateDraft(unit, DepartmentWideSample.Form(2023));
        var other = await platform.ClientFor(TestOrg.New().Submitter);
        await Forms.CreateDraft(other, DepartmentWideSample.Form(2024));
        await Forms.CreateDraft(unit);
        await Forms.CreateDraft(unit);
    }

    [Fact]
    public async Task Two_department_wide_forms_created_at_once_store_one()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            unit.PostAsJsonAsync("/api/evaluations", DepartmentWideSample.Form(2024), Forms.Json)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        var mine = await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations?fiscalYear=2024"));
        Assert.Single(mine.Items, e => e.Kind == FormKind.DepartmentWide);
    }

    [Fact]
    public async Task A_file_with_the_same_department_wide_form_twice_is_refused_whole_and_stores_nothing()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var json = JsonSerializer.SerializeToUtf8Bytes(new[] { DepartmentWideSample.Form(2024), DepartmentWideSample.Form(2024) }, FormJson.Options);
        var file = new ByteArrayContent(json);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var answer = await unit.PostAsync("/api/evaluations/import", new MultipartFormDataContent { { file, "file", "forms.json" } });

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal("evaluation.department_wide_exists", await CodeOf(answer));
        var mine = await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations?fiscalYear=2024"));
        Assert.Empty(mine.Items);
    }

    [Fact]
    public async Task Changing_the_year_onto_an_existing_one_or_the_kind_of_a_form_is_refused()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        await Forms.CreateDraft(unit, DepartmentWideSample.Form(2024));
        var (draft2023, etag) = await Forms.CreateDraft(unit, DepartmentWideSample.Form(2023));

        var onto2024 = await Put(unit, draft2023.Id, etag, DepartmentWideSample.Form(2024));
        Assert.Equal(HttpStatusCode.Conflict, onto2024.StatusCode);
        Assert.Equal("evaluation.department_wide_exists", await CodeOf(onto2024));

        var toProject = await Put(unit, draft2023.Id, etag, Forms.Sample());
        Assert.Equal(HttpStatusCode.Conflict, toProject.StatusCode);
        Assert.Equal("evaluation.kind_changed", await CodeOf(toProject));
        Assert.Equal(FormKind.DepartmentWide, (await _flow.Read(unit, draft2023.Id)).Form.Kind);
        Assert.Equal(2023, (await _flow.Read(unit, draft2023.Id)).FiscalYear);
    }

    [Fact]
    public async Task Department_figures_on_a_project_form_are_a_400_naming_the_field()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var answer = await unit.PostAsJsonAsync("/api/evaluations", Forms.Sample() with { Department = new DepartmentFacts { ActualStaff = 3 } }, Forms.Json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("department", await answer.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> Put(HttpClient unit, Guid id, string etag, EvaluationForm form)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{id}") { Content = JsonContent.Create(form, options: Forms.Json) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return unit.SendAsync(request);
    }
}
