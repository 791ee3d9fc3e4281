using PerfEval.Domain.Tests.Fixtures;
using PerfEval.Domain.Yearly;
using PerfEval.TestOracles;

namespace PerfEval.Domain.Tests.Yearly;

public class YearReportDataTests
{
    [Fact]
    public void The_report_has_a_row_per_form_one_per_form_and_finding_code_and_one_per_department()
    {
        var facts = SeedForms.All
            .Select((form, i) => SeedLifecycle.Approved(form, YearlyAggregationTests.Finals[i].Total, YearlyAggregationTests.Finals[i].Grade, department: i < 2 ? "dept-a" : "dept-b")
                .Aggregate((YearlyFormFacts?)null, YearlyFactsEvolution.Evolve)!)
            .ToList();

        var figures = FactsOracle.Aggregate(2024, null, facts, new DateOnly(2025, 6, 1), null);
        var report = YearReportData.From(2024, facts, figures, DateTimeOffset.UnixEpoch);

        Assert.Equal(5, report.Forms.Count);
        Assert.Equal(["dept-a", "dept-a", "dept-b", "dept-b", "dept-b"], report.Forms.Select(f => f.DepartmentId));
        // 劳模管理 1, 退管会 1, 劳模创新工作室 2, 会员卡 2.
        Assert.Equal(6, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(1, f.Count));
        Assert.Equal(["dept-a", "dept-b"], report.ByDepartment.Select(d => d.Key));
        Assert.Equal(95.29m, report.Summary.Averages.Final);
        var memberCard = report.Forms.Single(f => f.ProjectName == "工会会员卡专项资金补贴");
        Assert.Equal((96.00m, 94.91m, 89.50m, "良"), (memberCard.ClaimedTotal!.Value, memberCard.ComputedTotal!.Value, memberCard.FinalTotal!.Value, memberCard.FinalGrade!));
    }
}
