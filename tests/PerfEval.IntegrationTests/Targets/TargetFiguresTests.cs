using System.Net;
using System.Text.Json;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Yearly;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Targets;

/// <summary>The year's target declarations in the yearly figures: counted in the database, checked against the C# count.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TargetFiguresTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_departments_declarations_are_counted_by_status_grade_adjustment_and_light()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());

        async Task<TargetDeclaration> Approve(string grade)
        {
            var declared = await TargetFlow.Declare(unit);
            await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/submit");
            await TargetFlow.Claim(reviewer, declared.Id, ReviewTaskKind.Targets);
            return await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/review/approve", new { grade });
        }

        // Approved 良, adjusted once (approved), then a second adjustment rejected; red at mid-year (5 of 72 by June).
        var adjusted = await Approve("良");
        var lowered = adjusted.Content with
        {
            Indicators = [.. adjusted.Content.Indicators.Select((i, n) => n == 0 ? i with { Target = "≥7000.00(人)" } : i)],
        };
        await TargetFlow.Act(unit, $"/api/targets/{adjusted.Id}/adjustments", new { reason = "政策调整", content = lowered });
        await TargetFlow.Claim(reviewer, adjusted.Id, ReviewTaskKind.TargetAdjustment);
        await TargetFlow.Act(reviewer, $"/api/targets/{adjusted.Id}/adjustments/1/approve");
        await TargetFlow.Act(unit, $"/api/targets/{adjusted.Id}/adjustments", new { reason = "再次调整", content = adjusted.Content });
        await TargetFlow.Claim(reviewer, adjusted.Id, ReviewTaskKind.TargetAdjustment);
        await TargetFlow.Act(reviewer, $"/api/targets/{adjusted.Id}/adjustments/2/reject", new { reason = "依据不足" });
        await TargetFlow.Act(unit, $"/api/targets/{adjusted.Id}/monitoring", new
        {
            cutOffMonth = 6,
            executedToDate = 5m,
            indicators = new[] { new { index = 0, valueSoFar = "1000(人)", onTrack = false, reason = "进度滞后", remedy = "加快推进" } },
        });
        await Approve("优");
        var submitted = await TargetFlow.Declare(unit);
        await TargetFlow.Act(unit, $"/api/targets/{submitted.Id}/submit");
        await TargetFlow.Declare(unit);

        var response = await manager.GetAsync($"/api/projections/yearly/2024?departmentId={org.DepartmentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = (await Forms.Read<YearlyFigures>(response)).Targets!;
        var total = figures.Total;
        Assert.Equal(4, total.Declarations);
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 2, ["Draft"] = 1, ["Submitted"] = 1 }, total.ByStatus);
        Assert.Equal(new Dictionary<string, int> { ["优"] = 1, ["良"] = 1 }, total.ReviewGrades);
        Assert.Equal(new AdjustmentFigures(2, 1, 1, 0), total.Adjustments);
        Assert.Equal(new Dictionary<string, int> { ["NotReported"] = 1, ["Red"] = 1 }, total.Lights);
        Assert.Equal(org.DepartmentId, Assert.Single(figures.Departments).Key);

        // The database's count is the domain's count of the same declarations.
        var declarations = (await Forms.Read<PagedList<TargetDeclaration>>(await unit.GetAsync("/api/targets?year=2024&pageSize=100"))).Items;
        var oracle = TargetAggregation.From([.. declarations.Select(TargetAggregation.Of)]);
        Assert.Equal(Json(oracle), Json(figures));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, Forms.Json);
}
