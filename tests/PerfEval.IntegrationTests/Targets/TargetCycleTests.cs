using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Targets;

/// <summary>
/// The year's cycle over HTTP on real PostgreSQL and RabbitMQ: targets declared, reviewed and approved with a grade,
/// adjusted, monitored mid-year, then the self-evaluation made from them, locked to them, submitted and reviewed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TargetCycleTests(PlatformFixture platform)
{
    private readonly FormFlow _forms = new(platform);

    [Fact]
    public async Task A_project_runs_its_year_from_targets_to_an_approved_self_evaluation()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());

        // Declared and submitted: the checks' findings are recorded and the task is in the department's queue.
        var content = TargetFlow.Sample();
        var declared = await TargetFlow.Declare(unit, content);
        Assert.Equal(TargetStatus.Draft, declared.Status);
        Assert.Equal(TargetIds.For(org.UnitId, 2024, content.Header.ProjectName), declared.Id);
        var submitted = await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/submit");
        Assert.Equal(TargetStatus.Submitted, submitted.Status);
        Assert.Empty(submitted.Findings);

        // Reviewed through the same queue as forms, approved with a grade: version 1.
        var task = await TargetFlow.Claim(reviewer, declared.Id, ReviewTaskKind.Targets);
        Assert.Equal(content.Header.ProjectName, task.ProjectName);
        await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/review/comments", new { text = "满意度指标请写明调查方式", indicatorIndex = 7 });
        var approved = await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/review/approve", new { grade = "良" });
        Assert.Equal(TargetStatus.Approved, approved.Status);
        Assert.Equal("良", approved.ReviewGrade);
        Assert.Equal(1, Assert.Single(approved.Versions).Number);
        var beforeAdjustment = approved.UpdatedAt;

        // Adjusted during the year: a reason, a new target, its own task; approved as version 2.
        var adjusted = content with
        {
            Indicators = [.. content.Indicators.Select((i, n) => n == 0 ? i with { Target = "≥7500.00(人)" } : i)],
        };
        var asked = await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/adjustments", new { reason = "年中政策调整，保障人数下调", content = adjusted });
        Assert.Equal(AdjustmentStatus.Pending, asked.PendingAdjustment!.Status);
        await TargetFlow.Claim(reviewer, declared.Id, ReviewTaskKind.TargetAdjustment);
        var afterAdjustment = await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/adjustments/1/approve");
        Assert.Equal([1, 2], afterAdjustment.Versions.Select(v => v.Number));
        Assert.Equal("≥7500.00(人)", afterAdjustment.Approved!.Content.Indicators[0].Target);
        Assert.Equal("≥8000.00(人)", afterAdjustment.Versions[0].Content.Indicators[0].Target);

        // As of the moment before the adjustment, only version 1 was approved.
        var then = await Forms.Read<JsonElement>(await unit.GetAsync(
            $"/api/targets/{declared.Id}/history?asOf={Uri.EscapeDataString(beforeAdjustment.ToString("O"))}"));
        Assert.Equal(1, then.GetProperty("state").GetProperty("versions").GetArrayLength());

        // Mid-year monitoring: 30 of 72 spent by the end of June is a pace of 83.33 % — green; one indicator off track.
        var monitored = await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/monitoring", new
        {
            cutOffMonth = 6,
            executedToDate = 30m,
            indicators = new object[]
            {
                new { index = 0, valueSoFar = "3900(人)", onTrack = true },
                new { index = 7, valueSoFar = "85(%)", onTrack = false, reason = "宣传不足", remedy = "下半年增加走访" },
            },
        });
        Assert.Equal(ExecutionLight.Green, monitored.Light);
        Assert.Equal(1, monitored.Monitoring[^1].Assessment.OffTrack);
        var view = await Forms.Read<JsonElement>(await manager.GetAsync($"/api/monitoring/2024?departmentId={org.DepartmentId}"));
        var row = Assert.Single(view.GetProperty("projects").EnumerateArray());
        Assert.Equal(content.Header.ProjectName, row.GetProperty("projectName").GetString());
        Assert.Equal("Green", row.GetProperty("light").GetString());
        Assert.Equal(2, row.GetProperty("versionNumber").GetInt32());

        // The self-evaluation starts from version 2, its cells locked.
        var created = await unit.PostAsJsonAsync("/api/evaluations", new { targetId = declared.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await Forms.Read<Evaluation>(created);
        Assert.Equal(declared.Id, draft.FromTargets!.TargetId);
        Assert.Equal(2, draft.FromTargets.VersionNumber);
        Assert.Equal("≥7500.00(人)", draft.Form.Indicators[0].Target);
        Assert.Equal("", draft.Form.Indicators[0].Actual);

        var lowered = TargetFlow.FormFor(adjusted);
        lowered = lowered with { Indicators = [.. lowered.Indicators.Select((i, n) => n == 0 ? i with { Target = "≥7000.00(人)", Weight = 10 } : i)] };
        var refused = await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}", lowered, Forms.Json);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await Forms.Read<JsonElement>(refused);
        Assert.Equal("evaluation.locked_cells_changed", problem.GetProperty("code").GetString());
        var cells = problem.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("path").GetString()!);
        Assert.Equal(["indicators[0].target", "indicators[0].weight"], cells.Keys.Order());
        Assert.Equal("≥7500.00(人)", cells["indicators[0].target"].GetProperty("approved").GetString());
        Assert.Equal("≥7000.00(人)", cells["indicators[0].target"].GetProperty("claimed").GetString());

        var filled = await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}", TargetFlow.FormFor(adjusted), Forms.Json);
        Assert.True(filled.StatusCode == HttpStatusCode.OK, await filled.Content.ReadAsStringAsync());
        await _forms.Submit(unit, draft.Id);
        var scored = await _forms.WaitForScore(unit, draft.Id);
        Assert.DoesNotContain(scored.Scorecard!.Findings, f => f.Code is FindingCodes.TargetChanged or FindingCodes.TargetNotApproved);
        await _forms.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await _forms.Act(reviewer, draft.Id, "review/approve")).StatusCode);
        Assert.Equal(EvaluationStatus.Approved, (await _forms.Read(unit, draft.Id)).Status);
    }

    [Fact]
    public async Task A_form_that_arrives_another_way_is_checked_against_its_approved_targets()
    {
        var (org, unit, _, targets) = await TargetFlow.Approved(platform);

        // The same project's form, sent as JSON with a lowered target and a changed weight.
        var form = TargetFlow.FormFor(targets.Approved!.Content);
        form = form with { Indicators = [.. form.Indicators.Select((i, n) => n == 1 ? i with { Target = "≥95.00(%)" } : i)] };
        var (draft, _) = await Forms.CreateDraft(unit, form);
        await _forms.Submit(unit, draft.Id);
        var changed = Assert.Single((await _forms.WaitForScore(unit, draft.Id)).Scorecard!.Findings, f => f.Code == FindingCodes.TargetChanged);
        Assert.Equal("indicators[1].target", changed.Path);
        Assert.Equal(Severity.Error, changed.Severity);
        Assert.Contains("≥100.00(%)", changed.Message, StringComparison.Ordinal);
        Assert.Contains("≥95.00(%)", changed.Message, StringComparison.Ordinal);

        // A project with no approved targets is allowed, with a warning.
        var other = Forms.Sample() with { Header = Forms.Sample().Header with { ProjectName = "未申报目标的项目" } };
        var (untargeted, _) = await Forms.CreateDraft(unit, other);
        await _forms.Submit(unit, untargeted.Id);
        var warning = Assert.Single((await _forms.WaitForScore(unit, untargeted.Id)).Scorecard!.Findings, f => f.Code == FindingCodes.TargetNotApproved);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(org.UnitId, (await _forms.Read(unit, untargeted.Id)).UnitId);
    }

    [Fact]
    public async Task A_project_is_declared_once_a_year_and_an_incomplete_declaration_stores_nothing()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var content = TargetFlow.Sample();
        var first = await TargetFlow.Declare(unit, content);

        var again = await unit.PostAsJsonAsync("/api/targets", content, Forms.Json);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("targets.already_declared", (await Forms.Read<JsonElement>(again)).GetProperty("code").GetString());

        var nameless = content with { Header = content.Header with { ProjectName = "", FiscalYear = 2025 } };
        var invalid = await unit.PostAsJsonAsync("/api/targets", nameless, Forms.Json);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await Forms.Read<JsonElement>(invalid)).GetProperty("errors").TryGetProperty("header.projectName", out _));

        // The checks, as the editor shows them before submitting.
        var vague = content with
        {
            Header = content.Header with { ProjectName = content.Header.ProjectName + "-2" },
            Indicators = [.. content.Indicators.Select((i, n) => n == 3 ? i with { Target = "社会效益明显" } : i)],
        };
        var second = await TargetFlow.Declare(unit, vague);
        var findings = await Forms.Read<List<Finding>>(await unit.GetAsync($"/api/targets/{second.Id}/findings"));
        var finding = Assert.Single(findings);
        Assert.Equal((FindingCodes.TargetVague, "indicators[3].target"), (finding.Code, finding.Path));

        var list = await Forms.Read<PagedList<TargetDeclaration>>(await unit.GetAsync("/api/targets?year=2024"));
        Assert.Equal([first.Id, second.Id], list.Items.Select(t => t.Id));
        Assert.Empty((await Forms.Read<PagedList<TargetDeclaration>>(await unit.GetAsync("/api/targets?year=2025"))).Items);
    }

    [Fact]
    public async Task Reviewers_hear_of_a_declaration_to_review_and_the_unit_of_its_approval()
    {
        var (org, unit, reviewer, targets) = await TargetFlow.Approved(platform);

        var opened = await Eventually.Value(
            async () => (await _forms.Notifications(reviewer)).FirstOrDefault(n => n.EvaluationId == targets.Id),
            "the reviewers' notification of the declaration's task");
        Assert.Equal(("review-task-opened", "Targets"), (opened.Kind, opened.Document));
        Assert.Contains(targets.ProjectName, opened.Title, StringComparison.Ordinal);

        var approved = await Eventually.Value(
            async () => (await _forms.Notifications(unit)).FirstOrDefault(n => n.EvaluationId == targets.Id),
            "the unit's notification of the approval");
        Assert.Equal(("review-approved", "Targets"), (approved.Kind, approved.Document));
        Assert.Equal($"绩效目标已批复：{targets.ProjectName}", approved.Title);
        Assert.Equal(org.UnitId, targets.UnitId);
    }

    [Fact]
    public async Task Only_the_reviewer_holding_the_task_decides_and_a_grade_is_one_of_four()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var declared = await TargetFlow.Declare(unit);
        await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/submit");

        var unclaimed = await reviewer.PostAsJsonAsync($"/api/targets/{declared.Id}/review/approve", new { grade = "优" });
        Assert.Equal(HttpStatusCode.Forbidden, unclaimed.StatusCode);

        await TargetFlow.Claim(reviewer, declared.Id, ReviewTaskKind.Targets);
        var badGrade = await reviewer.PostAsJsonAsync($"/api/targets/{declared.Id}/review/approve", new { grade = "A" });
        Assert.Equal(HttpStatusCode.BadRequest, badGrade.StatusCode);
        Assert.Equal("targets.grade_invalid", (await Forms.Read<JsonElement>(badGrade)).GetProperty("code").GetString());

        var sentBack = await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/review/request-revision", new { reasons = new[] { "成本指标不应使用≥" } });
        Assert.Equal(TargetStatus.RevisionRequested, sentBack.Status);
        var tasks = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?pageSize=200"));
        Assert.Equal(nameof(EvaluationStatus.RevisionRequested), tasks.Items.Single(t => t.EvaluationId == declared.Id).Outcome);
    }
}
