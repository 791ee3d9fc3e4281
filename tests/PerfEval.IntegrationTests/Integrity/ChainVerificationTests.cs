using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Cli;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.EventStore;

namespace PerfEval.IntegrationTests.Integrity;

/// <summary>
/// The tamper-evident trail (docs/domain-rules.md#tamper-evident-trail): GET /api/evaluations/{id}/verify and
/// <c>perfeval verify</c> over forms whose stored events are then changed in the database.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChainVerificationTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    private sealed record BrokenLink(long Version, string Type, string Summary, string SummaryEn, DateTimeOffset At, string Reason, string ReasonZh);

    private sealed record Approval(long Version, string? ChainHead, string? Expected, bool? Matches);

    private sealed record Verdict(
        Guid EvaluationId, bool Intact, int Events, int Unchained, string? ChainHead, BrokenLink? FirstBroken, IReadOnlyList<Approval> Approvals);

    private sealed record HistoryEntry(long Version, string Type);

    private sealed record HistoryView(Guid EvaluationId, IReadOnlyList<HistoryEntry> Events);

    private string Connection =>
        platform.Services.GetRequiredService<IConfiguration>().GetConnectionString("Postgres")!;

    private static async Task<Verdict> VerifyAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/evaluations/{id}/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.Read<Verdict>(response);
    }

    /// <summary>Draft, replace, submit (scored and its task opened by the worker), claim, comment, approve.</summary>
    private async Task<(Guid Id, HttpClient Unit, HttpClient Reviewer)> ApprovedAsync()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var form = Forms.Sample();
        var (draft, _) = await Forms.CreateDraft(unit, form);
        var revised = form with { Header = form.Header with { ProjectName = form.Header.ProjectName + "（修订）" } };
        Assert.Equal(HttpStatusCode.OK, (await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}", revised, Forms.Json)).StatusCode);
        await _flow.Submit(unit, draft.Id);
        await _flow.WaitForScore(unit, draft.Id);
        await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/comments", new { text = "请补充“台账”说明：金额 1.50 万元", indicatorIndex = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/approve")).StatusCode);
        return (draft.Id, unit, reviewer);
    }

    private async Task ExecuteAsync(string sql, Guid id, long version)
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("<schema>", platform.Schema, StringComparison.Ordinal), connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("version", version);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private (int Code, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(["verify", .. args, "--connection", Connection, "--schema", platform.Schema], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_form_through_its_whole_life_verifies_intact_and_its_approval_recorded_the_head_it_approved()
    {
        var (id, unit, _) = await ApprovedAsync();

        var verdict = await VerifyAsync(unit, id);
        var history = await Forms.Read<HistoryView>(await unit.GetAsync($"/api/evaluations/{id}/history"));

        Assert.True(verdict.Intact);
        Assert.Null(verdict.FirstBroken);
        Assert.Equal(0, verdict.Unchained);
        Assert.Equal(history.Events.Count, verdict.Events);
        Assert.Equal(64, verdict.ChainHead!.Length);
        var approval = Assert.Single(verdict.Approvals);
        Assert.Equal(history.Events.Single(e => e.Type == nameof(EvaluationApproved)).Version, approval.Version);
        Assert.True(approval.Matches);
        Assert.Equal(approval.Expected, approval.ChainHead);

        var state = await _flow.Read(unit, id);
        Assert.Equal(verdict.ChainHead, state.ChainHead);

        var (code, output, _) = Cli(id.ToString());
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("记录完整", output, StringComparison.Ordinal);
        Assert.Contains(verdict.ChainHead, output, StringComparison.Ordinal);
        Assert.Contains("灵活就业工作经费（修订）", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_written_by_many_commands_at_once_and_read_back_from_the_store_link_as_appended()
    {
        var (id, unit, _) = await ApprovedAsync();
        var reviewer = TestUser.Reviewer("dept-x");

        // Trailing zeros, Chinese text, a null, a date, an enum, in one command of two events (the second links to the first).
        await Lifecycle.AppendAsync(platform, id, reviewer, s =>
        [
            new ScoreAdjusted(id, s.CurrentTask!.TaskId, ScoreTarget.Indicator(0), 17.50m, null, 15.90m, "按“公式”计算：完成率 95.00%", reviewer.Id, reviewer.Name),
            new ReviewCommentAdded(id, s.CurrentTask!.TaskId, Guid.NewGuid(), "截止 2025-06-30 前补正", null, reviewer.Id, reviewer.Name),
        ]);

        var verdict = await VerifyAsync(unit, id);

        Assert.True(verdict.Intact);
        Assert.Equal(CliApp.Ok, Cli(id.ToString()).Code);
    }

    [Fact]
    public async Task Commands_run_together_on_one_form_chain_their_events_one_after_another()
    {
        var (id, unit, _) = await ApprovedAsync();
        var reviewer = TestUser.Reviewer("dept-x");
        var context = new WriteContext(Lifecycle.ActorOf(reviewer), Guid.NewGuid().ToString("N"));
        StreamCommand Comment(string text) => new(id, context, s => Decision.Accept(
            new ReviewCommentAdded(id, s.CurrentTask!.TaskId, Guid.NewGuid(), text, null, reviewer.Id, reviewer.Name),
            new ReviewCommentAdded(id, s.CurrentTask!.TaskId, Guid.NewGuid(), text + "（续）", 1, reviewer.Id, reviewer.Name)));

        var outcomes = await platform.Services.GetRequiredService<EvaluationCommands>()
            .HandleManyAsync([Comment("第一条"), Comment("第二条")], context, CancellationToken.None);

        Assert.Equal([CommandOutcome.Appended, CommandOutcome.Appended], outcomes);
        var verdict = await VerifyAsync(unit, id);
        Assert.True(verdict.Intact);
        Assert.Equal(verdict.ChainHead, (await _flow.Read(unit, id)).ChainHead);
    }

    [Fact]
    public async Task Changing_the_data_of_a_stored_event_breaks_the_chain_at_that_event()
    {
        var (id, unit, _) = await ApprovedAsync();

        await ExecuteAsync(
            """update <schema>.mt_events set data = jsonb_set(data, '{form,header,projectName}', '"另一个项目"') where stream_id = @id and version = @version""",
            id,
            2);

        var verdict = await VerifyAsync(unit, id);
        Assert.False(verdict.Intact);
        Assert.Equal(2, verdict.FirstBroken!.Version);
        Assert.Equal(nameof(EvaluationContentReplaced), verdict.FirstBroken.Type);
        Assert.Equal("单位修改了自评表内容“另一个项目”。", verdict.FirstBroken.Summary);
        Assert.Equal("hash mismatch", verdict.FirstBroken.Reason);
        Assert.NotEqual(default, verdict.FirstBroken.At);

        var (code, output, _) = Cli(id.ToString());
        Assert.Equal(1, code);
        Assert.Contains("记录被改动：第 2 条记录（EvaluationContentReplaced", output, StringComparison.Ordinal);
        Assert.Contains("Broken at version 2", output, StringComparison.Ordinal);

        var year = Cli("--year", Forms.Sample().Header.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, year.Code);
        Assert.Contains(id.ToString(), year.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_stored_hash_of_an_event_breaks_the_chain_there()
    {
        var (id, unit, _) = await ApprovedAsync();

        await ExecuteAsync(
            $$"""update <schema>.mt_events set headers = jsonb_set(headers, '{chain-hash}', '"{{new string('0', 64)}}"') where stream_id = @id and version = @version""",
            id,
            3);

        var verdict = await VerifyAsync(unit, id);
        Assert.False(verdict.Intact);
        Assert.Equal(3, verdict.FirstBroken!.Version);
        Assert.Equal("hash mismatch", verdict.FirstBroken.Reason);

        var (code, output, _) = Cli(id.ToString());
        Assert.Equal(1, code);
        Assert.Contains("第 3 条记录", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_answers_404_to_whoever_may_not_read_the_form_and_the_cli_2_for_an_unknown_one()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        var stranger = await platform.ClientFor(TestOrg.New().Submitter);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/evaluations/{draft.Id}/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/evaluations/{Guid.NewGuid()}/verify")).StatusCode);
        Assert.True((await VerifyAsync(unit, draft.Id)).Intact);

        Assert.Equal(2, Cli(Guid.NewGuid().ToString()).Code);
        Assert.Equal(2, Cli("not-an-id").Code);
        Assert.Equal(2, CliApp.Run(["verify", draft.Id.ToString(), "--connection", "Host=127.0.0.1;Port=1;Timeout=1"], new StringWriter(), new StringWriter()));
    }
}
