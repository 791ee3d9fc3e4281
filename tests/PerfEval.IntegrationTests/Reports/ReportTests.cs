using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Hangfire;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Domain.Scoring;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.Reports;
using PerfEval.Worker.Reports;

namespace PerfEval.IntegrationTests.Reports;

/// <summary>Year-end reports: asked for over HTTP and built by the Hangfire server, and the scheduled run with a fake clock.</summary>
[Collection(ReportsCollection.Name)]
public sealed class ReportTests(PlatformFixture platform)
{
    /// <summary>The five seed forms in a year of this test's own, approved with known final totals.</summary>
    private async Task<(int Year, TestOrg Org)> ApprovedYearAsync()
    {
        var year = Lifecycle.OwnYear();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        for (var i = 0; i < 5; i++)
        {
            var submitted = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[i].InYear(year));
            await Lifecycle.ClaimAsync(platform, submitted.Id, reviewer);
            await Lifecycle.ApproveAsync(platform, submitted.Id, reviewer, Lifecycle.SeedFinals[i].Total, Lifecycle.SeedFinals[i].Grade);
        }

        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        return (year, org);
    }

    /// <summary>What the platform's job server was doing, for a timeout's message.</summary>
    private string JobServerState()
    {
        try
        {
            return JobServerSnapshot();
        }
        catch (Exception e)
        {
            return $"Job server state unavailable: {e.Message}";
        }
    }

    private string JobServerSnapshot()
    {
        var monitor = platform.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var stats = monitor.GetStatistics();
        var servers = monitor.Servers().Select(s => $"{s.Name} workers {s.WorkersCount} queues {string.Join("/", s.Queues)} heartbeat {s.Heartbeat:O}");
        var processing = monitor.ProcessingJobs(0, 10).Select(j => $"{j.Value.Job?.Type.Name}.{j.Value.Job?.Method.Name} since {j.Value.StartedAt:O}");
        var failed = monitor.FailedJobs(0, 3).Select(j =>
            $"{j.Value.Job?.Type.Name}: {j.Value.ExceptionMessage} {j.Value.ExceptionDetails?[..Math.Min(j.Value.ExceptionDetails.Length, 2500)]}");
        return $"Job server: enqueued {stats.Enqueued}, processing {stats.Processing}, scheduled {stats.Scheduled}, failed {stats.Failed}, " +
            $"servers [{string.Join("; ", servers)}], processing [{string.Join("; ", processing)}], failed [{string.Join("; ", failed)}] at {DateTime.UtcNow:O}";
    }

    [Fact]
    public async Task A_requested_report_is_built_by_a_job_and_its_workbook_holds_the_years_figures()
    {
        var (year, org) = await ApprovedYearAsync();
        var manager = await platform.ClientFor(TestUser.Manager());
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var unit = await platform.ClientFor(org.Submitter);
        var targets = await TargetFlow.Declare(unit, TargetFlow.Sample(year: year));
        await TargetFlow.Act(unit, $"/api/targets/{targets.Id}/submit");
        await TargetFlow.Claim(reviewer, targets.Id, Domain.Evaluations.Review.ReviewTaskKind.Targets);
        await TargetFlow.Act(reviewer, $"/api/targets/{targets.Id}/review/approve", new { grade = "优" });
        // The department's department-wide form, submitted: on a sheet of its own, not among the projects' figures.
        await Lifecycle.SubmitAsync(platform, unit, PerfEval.TestFiles.DepartmentWideSample.Form(year));
        await Lifecycle.ProjectionsCaughtUpAsync(platform);

        var accepted = await manager.PostAsJsonAsync("/api/reports", new { fiscalYear = year });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/reports/{id}", accepted.Headers.Location!.ToString());
        YearReport? seen = null;
        YearReport report;
        try
        {
            report = await Eventually.Value(async () =>
            {
                seen = await manager.GetFromJsonAsync<YearReport>($"/api/reports/{id}", Forms.Json);
                return seen!.Status == YearReportStatus.Completed ? seen : null;
            }, "the report job to complete", TimeSpan.FromSeconds(90)); // a first build in a busy process is slow
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Last seen: {seen?.Status} {seen?.Error}. {JobServerState()}", timeout);
        }
        Assert.Equal(5, report.Forms);
        Assert.Equal(year, report.FiscalYear);

        var file = await manager.GetAsync($"/api/reports/{id}/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType!.MediaType);
        using var workbook = new XLWorkbook(await file.Content.ReadAsStreamAsync());

        Assert.Equal(
            [YearReportWorkbook.SummarySheet, YearReportWorkbook.FormsSheet, YearReportWorkbook.FindingsSheet, YearReportWorkbook.DepartmentsSheet,
                YearReportWorkbook.TargetsSheet, YearReportWorkbook.DepartmentWideSheet],
            workbook.Worksheets.Select(w => w.Name));

        var summary = workbook.Worksheet(YearReportWorkbook.SummarySheet);
        string Item(string label) => summary.RowsUsed().Single(r => r.Cell(1).GetString() == label).Cell(2).GetString();
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), Item("年度 Fiscal year"));
        Assert.Equal("5", Item("自评表数 Forms"));
        Assert.Equal(94.89m, decimal.Parse(Item("执行率% Execution rate"), CultureInfo.InvariantCulture));
        Assert.Equal(96.71m, decimal.Parse(Item("平均自评得分 Average claimed"), CultureInfo.InvariantCulture));
        Assert.Equal(96.38m, decimal.Parse(Item("平均系统得分 Average computed"), CultureInfo.InvariantCulture));
        Assert.Equal(95.29m, decimal.Parse(Item("平均审定得分 Average final"), CultureInfo.InvariantCulture));
        Assert.Equal("4", Item("审定等级 Final grade: 优"));
        Assert.Equal("1", Item("审定等级 Final grade: 良"));
        Assert.Equal("3", Item("问题 Finding: DEVIATION_REASON_MISSING"));

        var forms = workbook.Worksheet(YearReportWorkbook.FormsSheet);
        Assert.Equal(YearReportWorkbook.FormColumns, forms.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(6, forms.RowsUsed().Count());
        var memberCard = forms.RowsUsed().Single(r => r.Cell(4).GetString() == "工会会员卡专项资金补贴");
        Assert.Equal(org.UnitId, memberCard.Cell(3).GetString());
        Assert.Equal("Approved", memberCard.Cell(5).GetString());
        Assert.Equal(20m, memberCard.Cell(8).GetValue<decimal>());
        Assert.Equal(96m, memberCard.Cell(9).GetValue<decimal>());
        Assert.Equal("优", memberCard.Cell(10).GetString());
        Assert.Equal(94.91m, memberCard.Cell(11).GetValue<decimal>());
        Assert.Equal("优", memberCard.Cell(12).GetString());
        Assert.Equal(89.5m, memberCard.Cell(13).GetValue<decimal>());
        Assert.Equal("良", memberCard.Cell(14).GetString());
        // Two findings of the rules, and TARGET_NOT_APPROVED: the seed's projects declared no targets.
        Assert.Equal(3, memberCard.Cell(15).GetValue<int>());

        var findings = workbook.Worksheet(YearReportWorkbook.FindingsSheet);
        Assert.Equal(1 + 6 + 5, findings.RowsUsed().Count());
        Assert.Equal(5, findings.RowsUsed().Count(r => r.Cell(5).GetString() == FindingCodes.TargetNotApproved));
        Assert.Single(findings.RowsUsed(), r => r.Cell(4).GetString() == "青浦区劳模创新工作室创建" && r.Cell(5).GetString() == "EXECUTION_SCORE_MISMATCH");

        var departments = workbook.Worksheet(YearReportWorkbook.DepartmentsSheet);
        var department = departments.Row(2);
        Assert.Equal(org.DepartmentId, department.Cell(1).GetString());
        Assert.Equal(5, department.Cell(2).GetValue<int>());
        Assert.Equal(170.31m, department.Cell(5).GetValue<decimal>());
        Assert.Equal(4, department.Cell(10).GetValue<int>());
        Assert.Equal(1, department.Cell(11).GetValue<int>());

        // The year's one declaration, approved 优 and not yet monitored, in its department's row and the whole's.
        var declarations = workbook.Worksheet(YearReportWorkbook.TargetsSheet);
        Assert.Equal(YearReportWorkbook.TargetColumns, declarations.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(3, declarations.RowsUsed().Count());
        var byDepartment = declarations.Row(2);
        Assert.Equal(org.DepartmentId, byDepartment.Cell(1).GetString());
        Assert.Equal(1, byDepartment.Cell(2).GetValue<int>());
        Assert.Equal(1, byDepartment.Cell(3).GetValue<int>());
        Assert.Equal(1, byDepartment.Cell(7).GetValue<int>());
        Assert.Equal(1, byDepartment.Cell(17).GetValue<int>());
        Assert.Equal("合计 All", declarations.Row(3).Cell(1).GetString());

        var departmentWide = workbook.Worksheet(YearReportWorkbook.DepartmentWideSheet);
        Assert.Equal(YearReportWorkbook.DepartmentWideColumns, departmentWide.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(2, departmentWide.RowsUsed().Count());
        Assert.Equal(org.DepartmentId, departmentWide.Row(2).Cell(2).GetString());
        Assert.Equal(1250m, departmentWide.Row(2).Cell(5).GetValue<decimal>());
        Assert.Equal(99.38m, departmentWide.Row(2).Cell(7).GetValue<decimal>());

        var json = await manager.GetFromJsonAsync<JsonElement>($"/api/reports/{id}/file?format=json");
        Assert.Equal(5, json.GetProperty("forms").GetArrayLength());
        Assert.Equal(95.29m, json.GetProperty("summary").GetProperty("averages").GetProperty("final").GetDecimal());

        var list = await manager.GetFromJsonAsync<JsonElement>("/api/reports?pageSize=100");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Reports_are_for_managers_and_requests_are_validated()
    {
        var manager = await platform.ClientFor(TestUser.Manager());
        foreach (var user in new[] { TestUser.Admin(), TestUser.Reviewer("d"), TestOrg.New().Submitter })
        {
            var client = await platform.ClientFor(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/reports", new { fiscalYear = 2024 })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/reports")).StatusCode);
        }

        var invalid = await manager.PostAsJsonAsync("/api/reports", new { fiscalYear = 12 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("fiscalYear", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync("/api/reports", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/reports/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/reports/{Guid.NewGuid()}/file")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/reports/{Guid.NewGuid()}/file?format=pdf")).StatusCode);
    }

    [Fact]
    public async Task The_scheduled_run_in_January_builds_the_previous_years_report_once()
    {
        var (year, _) = await ApprovedYearAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(year + 1, 1, 4, 22, 0, 0, TimeSpan.Zero)); // 06:00, 5 January, Shanghai
        var job = ActivatorUtilities.CreateInstance<YearReportJob>(platform.Services, clock);

        var id = await job.BuildPreviousYearAsync(CancellationToken.None);
        var again = await job.BuildPreviousYearAsync(CancellationToken.None);

        Assert.Equal(YearReportJob.ScheduledIdFor(year), id);
        Assert.Equal(id, again);
        await using var session = Lifecycle.Store(platform).QuerySession();
        var report = await session.LoadAsync<YearReport>(id);
        Assert.Equal(YearReportStatus.Completed, report!.Status);
        Assert.Equal(year, report.FiscalYear);
        Assert.Equal(5, report.Forms);
        Assert.Single(await session.Query<YearReport>().Where(r => r.FiscalYear == year).ToListAsync());
        var file = await session.LoadAsync<YearReportFile>(id);
        using var workbook = new XLWorkbook(new MemoryStream(file!.Xlsx));
        Assert.Equal(6, workbook.Worksheet(YearReportWorkbook.FormsSheet).RowsUsed().Count());
    }
}

/// <summary>
/// The report tests run on a platform of their own: the shared one's job server also takes the jobs that other tests'
/// requests enqueue (reports and projection rebuilds from the authorization matrix and the bad-input corpus), and a
/// rebuild running there would hold up the report these tests wait for.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportsCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "reports";
}
