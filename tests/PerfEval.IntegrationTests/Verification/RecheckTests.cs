using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Verification;
using PerfEval.Domain.Yearly;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Verification;

/// <summary>
/// The re-check (复核) over HTTP: entries recorded under the shipped rulebook by the reviewer holding the review or
/// re-check task, refusals that store nothing, the verified total at approval, the workpaper and the year's deviation.
/// The sample form (灵活就业工作经费): execution 10/10; indicators[2] 每季度保障及时率 10/10; indicators[7] 灵活就业人员满意率
/// (满意度) 10 claimed 8; Σ weights 100, claimed total 98.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RecheckTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    private static object Entry(int index, string clause, decimal? score = null, string? actual = null, Guid[]? evidence = null, string? remark = null) =>
        new { target = "indicator", indicatorIndex = index, verifiedActual = actual, verifiedScore = score, clause, evidenceIds = evidence, remark };

    private Task<HttpResponseMessage> Recheck(HttpClient reviewer, Guid id, params object[] entries) =>
        _flow.Act(reviewer, id, "review/recheck", new { entries });

    private static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;

    [Fact]
    public async Task Entries_recorded_while_holding_the_review_task_give_the_verified_total_the_approval_fixes()
    {
        var (_, unit, reviewer, form) = await _flow.InReview();

        var response = await Recheck(reviewer, form.Id,
            Entry(2, "FH-06", remark: "及时率无发放记录佐证"),
            Entry(7, "FH-03", score: 0m));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rechecked = await Forms.Read<Evaluation>(response);
        Assert.Equal([("FH-06", 4.00m), ("FH-03", 0m)], rechecked.Rechecks.Select(r => (r.ClauseCode!, r.VerifiedScore)));
        Assert.All(rechecked.Rechecks, r => Assert.Equal(1, r.RulebookVersion));
        // Σ|diff| = |10 − 4| + |8 − 0| = 14 over Σ weights 100.
        Assert.Equal((84m, 14m, 100m, 0.14m, "中"), (rechecked.RecheckFigures.VerifiedTotal, rechecked.RecheckFigures.AbsoluteDifference,
            rechecked.RecheckFigures.Weights, rechecked.RecheckFigures.Deviation!.Value, rechecked.RecheckFigures.Quality));
        Assert.Equal(10m, (await _flow.Read(unit, form.Id)).Form.Indicators[2].ClaimedScore);

        var approved = await Forms.Read<Evaluation>(await _flow.Act(reviewer, form.Id, "review/approve"));
        Assert.Equal((84m, "良"), (approved.FinalTotal, approved.FinalGrade));
    }

    [Fact]
    public async Task RC_WITHDRAW_the_author_withdraws_an_entry_before_the_decision_and_the_cell_goes_back_to_the_claim()
    {
        var (org, _, reviewer, form) = await _flow.InReview();
        Assert.Equal(HttpStatusCode.OK, (await Recheck(reviewer, form.Id, Entry(2, "FH-06", remark: "无佐证"), Entry(7, "FH-03"))).StatusCode);

        var withdrawn = await _flow.Act(reviewer, form.Id, "review/recheck/withdraw", new { target = "indicator", indicatorIndex = 2 });
        var again = await _flow.Act(reviewer, form.Id, "review/recheck/withdraw", new { target = "indicator", indicatorIndex = 2 });
        var badCell = await _flow.Act(reviewer, form.Id, "review/recheck/withdraw", new { target = "indicator" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var state = await Forms.Read<Evaluation>(withdrawn);
        Assert.Equal(7, Assert.Single(state.Rechecks).Target.IndicatorIndex);
        // 98 claimed, indicators[7] re-checked from 8 to 0; indicators[2] back to its claim 10.
        Assert.Equal(90m, state.ReviewedTotal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("recheck.nothing_to_withdraw", (await Problem(again)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badCell.StatusCode);
        Assert.Equal("recheck.target_required", (await Problem(badCell)).GetProperty("code").GetString());

        // Another reviewer who takes the task over cannot withdraw the first one's entry.
        var taskId = form.CurrentTask!.TaskId;
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/review-tasks/{taskId}/release", null)).StatusCode);
        var other = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsync($"/api/review-tasks/{taskId}/claim", null)).StatusCode);
        var notAuthor = await _flow.Act(other, form.Id, "review/recheck/withdraw", new { target = "indicator", indicatorIndex = 7 });
        Assert.Equal(HttpStatusCode.Forbidden, notAuthor.StatusCode);
        Assert.Equal("recheck.not_author", (await Problem(notAuthor)).GetProperty("code").GetString());

        // Once decided, the entry stays and the final total includes it.
        var approved = await Forms.Read<Evaluation>(await _flow.Act(other, form.Id, "review/approve"));
        Assert.Equal((90m, "优"), (approved.FinalTotal, approved.FinalGrade));
        var decided = await _flow.Act(reviewer, form.Id, "review/recheck/withdraw", new { target = "indicator", indicatorIndex = 7 });
        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
        Assert.Equal("recheck.already_decided", (await Problem(decided)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_contradicting_score_an_unknown_clause_or_foreign_evidence_is_refused_and_nothing_is_stored()
    {
        var (_, _, reviewer, form) = await _flow.InReview();

        var contradicts = await Recheck(reviewer, form.Id, Entry(7, "FH-03"), Entry(2, "FH-06", score: 5m));
        var unknown = await Recheck(reviewer, form.Id, Entry(2, "FH-99"));
        var evidence = await Recheck(reviewer, form.Id, Entry(2, "FH-01", evidence: [Guid.NewGuid()]));
        var wrongRow = await Recheck(reviewer, form.Id, Entry(0, "FH-03"));

        Assert.Equal(HttpStatusCode.BadRequest, contradicts.StatusCode);
        var problem = await Problem(contradicts);
        Assert.Equal("recheck.score_contradicts_clause", problem.GetProperty("code").GetString());
        Assert.Contains("4.00", problem.GetProperty("detailZh").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("entries[1].verifiedScore", out _));
        Assert.Equal("recheck.unknown_clause", (await Problem(unknown)).GetProperty("code").GetString());
        Assert.Equal("recheck.unknown_evidence", (await Problem(evidence)).GetProperty("code").GetString());
        Assert.Equal("recheck.clause_not_applicable", (await Problem(wrongRow)).GetProperty("code").GetString());
        Assert.Empty((await _flow.Read(reviewer, form.Id)).Rechecks);
    }

    [Fact]
    public async Task A_sampled_form_is_rechecked_through_its_task_beside_the_final_score_and_completed_once_an_entry_exists()
    {
        var (org, _, reviewer, form) = await _flow.InReview();
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, form.Id, "review/approve")).StatusCode);
        var draw = Guid.NewGuid();
        var rechecker = TestUser.Reviewer(org.DepartmentId);
        await Lifecycle.AppendAsync(platform, form.Id, rechecker, s => [.. RecheckTasks.Open(s, draw, null).Events]);
        var client = await platform.ClientFor(rechecker);
        var taskId = RecheckTasks.IdFor(form.Id, draw);
        await Eventually.Value(async () =>
        {
            var claim = await client.PostAsync($"/api/review-tasks/{taskId}/claim", null);
            return claim.StatusCode == HttpStatusCode.OK ? claim : null;
        }, "the re-check task claimed");

        var early = await _flow.Act(client, form.Id, "review/recheck/complete");
        var recorded = await Recheck(client, form.Id, Entry(7, "FH-03"));
        var byOther = await Recheck(reviewer, form.Id, Entry(2, "FH-05"));
        var complete = await _flow.Act(client, form.Id, "review/recheck/complete");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("recheck.nothing_recorded", (await Problem(early)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var state = await Forms.Read<Evaluation>(recorded);
        Assert.Equal((98m, "优"), (state.FinalTotal, state.FinalGrade));
        Assert.Equal((90m, 0.08m, "良"), (state.RecheckFigures.VerifiedTotal, state.RecheckFigures.Deviation!.Value, state.RecheckFigures.Quality));
        Assert.Equal(taskId, Assert.Single(state.Rechecks).TaskId);
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        Assert.Equal(ReviewTaskStatus.Done, (await Forms.Read<Evaluation>(complete)).RecheckTask!.Task.Status);
    }

    [Fact]
    public async Task The_workpaper_has_a_row_per_cell_with_the_clause_and_a_totals_row_with_the_deviation()
    {
        var (_, unit, reviewer, form) = await _flow.InReview();
        Assert.Equal(HttpStatusCode.OK, (await Recheck(reviewer, form.Id, Entry(2, "FH-06", remark: "无发放记录"))).StatusCode);
        var manager = await platform.ClientFor(TestUser.Manager());

        var xlsx = await reviewer.GetAsync($"/api/evaluations/{form.Id}/recheck-workpaper?format=xlsx");
        var json = await manager.GetAsync($"/api/evaluations/{form.Id}/recheck-workpaper?format=json");
        var byUnit = await unit.GetAsync($"/api/evaluations/{form.Id}/recheck-workpaper");
        var badFormat = await reviewer.GetAsync($"/api/evaluations/{form.Id}/recheck-workpaper?format=pdf");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("复核底稿");
        Assert.Equal(["项目名称", "实施单位", "指标", "指标值", "分值", "自评完成值", "自评得分", "复核完成值", "复核得分", "偏差", "复核口径", "备注"],
            Enumerable.Range(1, 12).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(("灵活就业工作经费", "预算执行率"), (sheet.Cell(2, 1).GetString(), sheet.Cell(2, 3).GetString()));
        // Row 5 is indicators[2] (row 2 the execution line).
        Assert.Equal("产出指标 / 时效指标 / 每季度保障及时率", sheet.Cell(5, 3).GetString());
        Assert.Equal((10m, 4m, 6m), ((decimal)sheet.Cell(5, 7).GetDouble(), (decimal)sheet.Cell(5, 9).GetDouble(), (decimal)sheet.Cell(5, 10).GetDouble()));
        Assert.Equal(("FH-06 指标无法评估（无法量化），扣减分值的60%", "无发放记录"), (sheet.Cell(5, 11).GetString(), sheet.Cell(5, 12).GetString()));
        Assert.Equal(("合计", 92m, "偏离度 6%，自评质量 良"), (sheet.Cell(11, 3).GetString(), (decimal)sheet.Cell(11, 9).GetDouble(), sheet.Cell(11, 12).GetString()));

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var paper = (await json.Content.ReadFromJsonAsync<Workpaper>(Forms.Json))!;
        Assert.Equal((9, 0.06m), (paper.Rows.Count, paper.Figures.Deviation!.Value));
        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
    }

    [Fact]
    public async Task The_years_deviation_per_department_adds_up_the_rechecked_forms()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (draft, _) = await Forms.CreateDraft(unit);
            await _flow.Submit(unit, draft.Id);
            await _flow.Claim(reviewer, draft.Id);
            ids.Add(draft.Id);
        }

        Assert.Equal(HttpStatusCode.OK, (await Recheck(reviewer, ids[0], Entry(7, "FH-03"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Recheck(reviewer, ids[1], Entry(2, "FH-06"))).StatusCode);
        await Lifecycle.ProjectionsCaughtUpAsync(platform);

        var response = await reviewer.GetAsync($"/api/projections/yearly/2024?departmentId={org.DepartmentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = (await response.Content.ReadFromJsonAsync<YearlyFigures>(Forms.Json))!;
        // Two of three forms re-checked: (8 + 6) ÷ (100 + 100) = 7 % → 良; the unchecked form is not counted.
        var expected = new DeviationFigures(2, 14m, 200m, 0.07m, "良");
        Assert.Equal(expected, Assert.Single(figures.Departments).Deviation);
        Assert.Equal(expected, Assert.Single(figures.Units).Deviation);
        Assert.Equal(3, figures.Total.Forms);
    }
}
