using PerfEval.Domain.Yearly;

namespace PerfEval.Domain.Tests.Yearly;

public class TargetAggregationTests
{
    private static TargetTally Row(string department, string status, string? grade = null, string? light = null, int n = 1,
        int adjustments = 0, int approved = 0, int rejected = 0) =>
        new(department, status, grade, light, n, adjustments, approved, rejected);

    [Fact]
    public void Declarations_add_up_by_status_grade_adjustments_and_light_for_the_whole_and_each_department()
    {
        var figures = TargetAggregation.From(
        [
            Row("dept-b", "Approved", "良", "Red", adjustments: 2, approved: 1, rejected: 1),
            Row("dept-b", "Approved", "优", null, n: 2),
            Row("dept-a", "Approved", "良", "Green", adjustments: 1),
            Row("dept-a", "Submitted", n: 3),
            Row("dept-a", "Draft"),
        ]);

        var total = figures.Total;
        Assert.Equal(("all", 8), (total.Key, total.Declarations));
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 4, ["Draft"] = 1, ["Submitted"] = 3 }, total.ByStatus);
        Assert.Equal(new Dictionary<string, int> { ["优"] = 2, ["良"] = 2 }, total.ReviewGrades);
        Assert.Equal(new AdjustmentFigures(3, 1, 1, 1), total.Adjustments);
        Assert.Equal(new Dictionary<string, int> { ["Green"] = 1, ["NotReported"] = 2, ["Red"] = 1 }, total.Lights);
        Assert.Equal(["dept-a", "dept-b"], figures.Departments.Select(d => d.Key));
        Assert.Equal(5, figures.Departments[0].Declarations);
        Assert.Equal(new Dictionary<string, int> { ["Green"] = 1 }, figures.Departments[0].Lights);
    }

    [Fact]
    public void Only_approved_declarations_have_a_grade_and_a_light_to_count()
    {
        var figures = TargetAggregation.From([Row("dept-a", "RevisionRequested"), Row("dept-a", "Rejected")]);

        Assert.Empty(figures.Total.ReviewGrades);
        Assert.Empty(figures.Total.Lights);
        Assert.Equal(2, figures.Total.Declarations);
    }

    [Fact]
    public void A_year_without_declarations_counts_nothing()
    {
        var figures = TargetAggregation.From([]);

        Assert.Equal(0, figures.Total.Declarations);
        Assert.Empty(figures.Departments);
    }
}
