using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Rectification;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.EventStore;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.BudgetAdvice;

/// <summary>
/// Budget advice (结果应用) over HTTP: a department's approved projects of a year mapped by grade, an overdue rectification
/// lowering one, a manager's override with a reason in the form's history, and the .xlsx for the budget division.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BudgetAdviceTests(PlatformFixture platform)
{
    private sealed record View(int FiscalYear, decimal CutPercent, IReadOnlyList<Row> Rows);

    private sealed record Row(
        Guid EvaluationId, string ProjectName, string UnitName, string DepartmentName, string? FinalGrade, string Rectification,
        string Advice, string AdviceLabel, decimal? ReferenceAmount, JsonElement? Override);

    [Fact]
    public async Task A_departments_projects_get_their_advice_an_overdue_notice_lowers_one_and_a_managers_override_is_kept_and_exported()
    {
        var year = Lifecycle.OwnYear();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var grades = new[] { "优", "良", "中", "差" };
        var ids = new List<Guid>();
        for (var i = 0; i < grades.Length; i++)
        {
            var form = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[i].InYear(year));
            await Lifecycle.ClaimAsync(platform, form.Id, reviewer);
            await Lifecycle.ApproveAsync(platform, form.Id, reviewer, 90m - (10 * i), grades[i]);
            ids.Add(form.Id);
        }

        // A notice about the 良 project, issued long ago and never answered: overdue.
        await OverdueNoticeAsync(org, year, ids[1]);

        var manager = await platform.ClientFor(TestUser.Manager());
        var view = await Forms.Read<View>(await manager.GetAsync($"/api/budget-advice/{year}?departmentId={org.DepartmentId}"));
        Assert.Equal(ids.Order(), view.Rows.Select(r => r.EvaluationId).Order());
        var byId = view.Rows.ToDictionary(r => r.EvaluationId);
        Assert.Equal(
            ["优先保障", "压减 10%", "压减 10%", "取消或暂停"],
            ids.Select(id => byId[id].AdviceLabel));
        Assert.Equal("Overdue", byId[ids[1]].Rectification);
        Assert.Equal(Lifecycle.SeedForms[0].Header.ProjectName, byId[ids[0]].ProjectName);
        Assert.Equal(Lifecycle.SeedForms[0].Header.ImplementingUnit, byId[ids[0]].UnitName);

        var overridden = await manager.PostAsJsonAsync($"/api/budget-advice/{year}/{ids[1]}/override",
            new { advice = "Maintain", reason = "逾期系单位合并所致，已另行整改" }, Forms.Json);
        Assert.Equal(HttpStatusCode.OK, overridden.StatusCode);
        var after = await Forms.Read<View>(await manager.GetAsync($"/api/budget-advice/{year}?departmentId={org.DepartmentId}"));
        var row = after.Rows.Single(r => r.EvaluationId == ids[1]);
        Assert.Equal(("Maintain", "维持"), (row.Advice, row.AdviceLabel));
        Assert.Equal("逾期系单位合并所致，已另行整改", row.Override!.Value.GetProperty("reason").GetString());

        var history = await manager.GetFromJsonAsync<JsonElement>($"/api/evaluations/{ids[1]}/history", Forms.Json);
        var last = history.GetProperty("events").EnumerateArray().Last();
        Assert.Equal(nameof(BudgetAdviceOverridden), last.GetProperty("type").GetString());
        Assert.Contains("由“压减”调整为“维持”", last.GetProperty("summary").GetString());

        var export = await manager.GetAsync($"/api/budget-advice/{year}/export?format=xlsx&departmentId={org.DepartmentId}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(BudgetAdviceWorkbook.Headers, Enumerable.Range(1, BudgetAdviceWorkbook.Headers.Length).Select(c => sheet.Cell(2, c).GetString()));
        var lines = Enumerable.Range(3, 4).Select(r => sheet.Row(r)).ToList();
        var overriddenLine = lines.Single(l => l.Cell(4).GetString() == Lifecycle.SeedForms[1].Header.ProjectName);
        Assert.Equal(("压减 10%", "维持"), (overriddenLine.Cell(10).GetString(), overriddenLine.Cell(11).GetString()));
        Assert.StartsWith("逾期系单位合并所致", overriddenLine.Cell(12).GetString());
        Assert.Equal("整改逾期", overriddenLine.Cell(9).GetString());
        var text = string.Join("|", sheet.CellsUsed().Select(c => c.GetString()));
        Assert.DoesNotContain(org.UnitId, text);
        Assert.DoesNotContain(org.DepartmentId, text);
        Assert.DoesNotContain(ids[0].ToString(), text);
    }

    [Fact]
    public async Task Only_managers_see_the_list_and_refusals_are_problems_in_Chinese()
    {
        var year = Lifecycle.OwnYear();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var draft = await Lifecycle.DraftAsync(unit, Lifecycle.SeedForms[0].InYear(year));
        var manager = await platform.ClientFor(TestUser.Manager());

        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"/api/budget-advice/{year}")).StatusCode);
        var notApproved = await manager.PostAsJsonAsync($"/api/budget-advice/{year}/{draft}/override", new { advice = "Cut", reason = "r" }, Forms.Json);
        Assert.Equal(HttpStatusCode.Conflict, notApproved.StatusCode);
        Assert.Contains("审核通过", (await notApproved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detailZh").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/budget-advice/{year}/export?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task An_approved_department_wide_form_has_no_advice_in_the_list_and_its_override_is_refused()
    {
        var year = Lifecycle.OwnYear();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var project = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(year));
        var departmentWide = await Lifecycle.SubmitAsync(platform, unit, DepartmentWideSample.Form(year));
        foreach (var id in new[] { project.Id, departmentWide.Id })
        {
            await Lifecycle.ClaimAsync(platform, id, reviewer);
            await Lifecycle.ApproveAsync(platform, id, reviewer, 90m, "优");
        }

        var manager = await platform.ClientFor(TestUser.Manager());
        var view = await Forms.Read<View>(await manager.GetAsync($"/api/budget-advice/{year}?departmentId={org.DepartmentId}"));
        Assert.Equal(project.Id, Assert.Single(view.Rows).EvaluationId);

        var refused = await manager.PostAsJsonAsync(
            $"/api/budget-advice/{year}/{departmentWide.Id}/override", new { advice = "Cut", reason = "r" }, Forms.Json);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("budget_advice.not_a_project", problem.GetProperty("code").GetString());
        Assert.Contains("部门整体支出绩效自评表", problem.GetProperty("detailZh").GetString());
    }

    /// <summary>A notice about the form whose deadline has passed, stored as issued then (the API only takes future deadlines).</summary>
    private async Task OverdueNoticeAsync(TestOrg org, int year, Guid formId)
    {
        var id = Guid.CreateVersion7();
        var issued = new RectificationIssued(id, org.UnitId, org.DepartmentId, year, formId, "逾期事项", "单位", [new RectificationProblem("台账缺失")],
            "补充台账", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), "m1", "管理人员");
        var commands = platform.Services.GetRequiredService<EvaluationCommands>();
        var result = await commands.StartAsync<RectificationNotice>(
            id, new WriteContext(Lifecycle.ActorOf(TestUser.Manager()), Guid.NewGuid().ToString("N")), Decision.Accept(issued), CancellationToken.None);
        Assert.Equal(CommandOutcome.Appended, result.Outcome);
    }
}
