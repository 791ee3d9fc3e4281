using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using PerfEval.Api.Evaluations;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>The lists read in index order: oldest first, ties by id, pages that neither skip nor repeat.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ListPagingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_units_forms_are_listed_oldest_first_in_pages_that_neither_skip_nor_repeat()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await Forms.CreateDraft(unit)).Evaluation.Id);
        }

        var pages = new List<PagedList<EvaluationSummary>>();
        for (var page = 1; page <= 4; page++)
        {
            var response = await unit.GetAsync($"/api/evaluations?pageSize=2&page={page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(await Forms.Read<PagedList<EvaluationSummary>>(response));
        }

        Assert.Equal(created, pages.SelectMany(p => p.Items).Select(e => e.Id));
        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal(5, p.Total));
    }

    [Fact]
    public async Task A_listed_form_is_summed_up_as_the_form_read_on_its_own_gives_it()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var flow = new FormFlow(platform);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var draft = (await Forms.CreateDraft(unit)).Evaluation.Id;
        await flow.Submit(unit, draft);
        await flow.WaitForScore(unit, draft);
        await flow.WaitForTask(reviewer, draft);

        var alone = await Forms.Read<Evaluation>(await unit.GetAsync($"/api/evaluations/{draft}"));
        var body = await unit.GetStringAsync("/api/evaluations");
        var list = JsonSerializer.Deserialize<PagedList<EvaluationSummary>>(body, Forms.Json)!;

        var listed = Assert.Single(list.Items);
        var header = alone.Form.Header;
        Assert.Equal(
            new EvaluationSummary(
                alone.Id, org.UnitId, org.DepartmentId, alone.FiscalYear, alone.Form.Kind, header.ProjectName,
                header.CompetentDepartment, header.ImplementingUnit, alone.Status, alone.Form.ClaimedTotal,
                alone.Scorecard!.ComputedTotal, null, null, 1, alone.Version, alone.CreatedAt, alone.UpdatedAt),
            listed);
        // A summary, not the form: no cells, no scorecard, no history of comments.
        var item = JsonNode.Parse(body)!["items"]![0]!.AsObject();
        Assert.False(item.ContainsKey("form"), item.ToJsonString());
        Assert.False(item.ContainsKey("scorecard"), item.ToJsonString());
        Assert.Equal(alone.Status.ToString(), (string)item["status"]!);
        Assert.NotEqual(EvaluationStatus.Draft, alone.Status);
        Assert.Equal(1, list.Page);
        Assert.Equal(1, list.Total);
    }

    [Fact]
    public async Task A_page_larger_than_one_buffer_block_reads_as_the_same_forms_in_small_pages()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var seed = await File.ReadAllBytesAsync(Path.Combine("TestData", "seed-forms-2024.txt"));
        for (var i = 0; i < 8; i++)
        {
            using var content = new MultipartFormDataContent { { new ByteArrayContent(seed), "file", "seed.txt" } };
            Assert.Equal(HttpStatusCode.Created, (await unit.PostAsync("/api/evaluations/import", content)).StatusCode);
        }

        using var large = await unit.GetAsync("/api/evaluations?pageSize=200");
        var body = await large.Content.ReadAsByteArrayAsync();
        var whole = JsonNode.Parse(body)!;
        var small = new JsonArray();
        for (var page = 1; page <= 4; page++)
        {
            var part = JsonNode.Parse(await unit.GetStringAsync($"/api/evaluations?pageSize=10&page={page}"))!;
            foreach (var item in part["items"]!.AsArray().ToList())
            {
                small.Add(item!.DeepClone());
            }
        }

        // This page spans two of the pool's blocks, written one after the other.
        Assert.True(body.Length > PerfEval.Api.Http.Paging.StoredJsonBlockSize, $"the page is {body.Length} bytes");
        Assert.Equal(body.Length, large.Content.Headers.ContentLength);
        Assert.Equal(40, whole["items"]!.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(small, whole["items"]), "the large page differs from the small pages");
        Assert.Equal(1, (int)whole["page"]!);
        Assert.Equal(200, (int)whole["pageSize"]!);
        Assert.Equal(40, (long)whole["total"]!);
    }

    [Fact]
    public async Task Forms_imported_in_one_transaction_are_listed_by_creation_time_then_id()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine("TestData", "seed-forms-2024.txt"))), "file", "seed.txt" },
        };
        Assert.Equal(HttpStatusCode.Created, (await unit.PostAsync("/api/evaluations/import", content)).StatusCode);
        await Forms.CreateDraft(unit);

        var all = await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations?pageSize=100"));
        var pageByPage = new List<EvaluationSummary>();
        for (var page = 1; page <= 3; page++)
        {
            pageByPage.AddRange((await Forms.Read<PagedList<EvaluationSummary>>(
                await unit.GetAsync($"/api/evaluations?pageSize=2&page={page}"))).Items);
        }

        Assert.Equal(6, all.Total);
        // The times are the database's (microseconds), so the order they give is the order of the column listed by.
        Assert.All(all.Items, e => Assert.Equal(0, e.CreatedAt.Ticks % TimeSpan.TicksPerMicrosecond));
        // PostgreSQL orders uuids byte by byte, which is the order of their canonical text.
        var expected = all.Items.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id.ToString(), StringComparer.Ordinal).Select(e => e.Id);
        Assert.Equal(expected, all.Items.Select(e => e.Id));
        Assert.Equal(all.Items.Select(e => e.Id), pageByPage.Select(e => e.Id));
    }

    [Fact]
    public async Task Reviewers_list_their_departments_forms_and_units_only_their_own()
    {
        var org = TestOrg.New();
        var neighbour = new TestOrg(TestOrg.New().UnitId, org.DepartmentId);
        var unit = await platform.ClientFor(org.Submitter);
        var other = await platform.ClientFor(neighbour.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var twoDepartments = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId, TestOrg.New().DepartmentId));
        var mine = (await Forms.CreateDraft(unit)).Evaluation.Id;
        var theirs = (await Forms.CreateDraft(other)).Evaluation.Id;

        var ownList = await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"));
        var departmentList = await Forms.Read<PagedList<EvaluationSummary>>(await reviewer.GetAsync("/api/evaluations"));
        var wideList = await Forms.Read<PagedList<EvaluationSummary>>(await twoDepartments.GetAsync("/api/evaluations"));

        Assert.Equal([mine], ownList.Items.Select(e => e.Id));
        Assert.Equal([mine, theirs], departmentList.Items.Select(e => e.Id));
        Assert.Equal([mine, theirs], wideList.Items.Select(e => e.Id));
        Assert.Equal(2, departmentList.Total);
    }

    [Fact]
    public async Task A_reviewers_open_tasks_are_listed_oldest_first_in_pages()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var flow = new FormFlow(platform);
        var submitted = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (draft, etag) = await Forms.CreateDraft(unit);
            Assert.Equal(HttpStatusCode.OK, (await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag))).StatusCode);
            await flow.WaitForTask(reviewer, draft.Id);
            submitted.Add(draft.Id);
        }

        var pages = new List<PagedList<ReviewTask>>();
        for (var page = 1; page <= 2; page++)
        {
            pages.Add(await Forms.Read<PagedList<ReviewTask>>(
                await reviewer.GetAsync($"/api/review-tasks?status=Open&pageSize=2&page={page}")));
        }

        Assert.Equal(submitted, pages.SelectMany(p => p.Items).Select(t => t.EvaluationId));
        Assert.All(pages, p => Assert.Equal(3, p.Total));
        var claimed = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Claimed"));
        Assert.Empty(claimed.Items);
        Assert.Equal(0, claimed.Total);
    }

    [Fact]
    public async Task A_listed_review_task_reads_as_the_stored_task_and_one_stored_before_a_member_existed_reads_with_its_default()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var flow = new FormFlow(platform);
        var draft = (await Forms.CreateDraft(unit)).Evaluation.Id;
        await flow.Submit(unit, draft);
        await flow.WaitForTask(reviewer, draft);
        var store = Lifecycle.Store(platform);
        ReviewTask stored;
        await using (var query = store.QuerySession())
        {
            stored = await query.Query<ReviewTask>().SingleAsync(t => t.EvaluationId == draft);
        }

        var listed = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Open"));
        Assert.Equal(stored, Assert.Single(listed.Items));

        // As a task stored before tasks had a kind, a form kind, a due date or an opening time.
        await using (var session = store.LightweightSession())
        {
            var table = store.Options.Schema.For<ReviewTask>();
            session.QueueSqlCommand($"update {table} set data = data - 'kind' - 'formKind' - 'dueDate' - 'openedAt' where id = ?", stored.Id);
            await session.SaveChangesAsync();
        }

        var body = await reviewer.GetStringAsync("/api/review-tasks?status=Open");
        var item = JsonNode.Parse(body)!["items"]![0]!.AsObject();
        Assert.Equal("SelfEvaluation", (string)item["kind"]!);
        Assert.Equal("Project", (string)item["formKind"]!);
        Assert.True(item.ContainsKey("dueDate"), item.ToJsonString());
        Assert.Null(item["dueDate"]);
        var old = JsonSerializer.Deserialize<PagedList<ReviewTask>>(body, Forms.Json)!;
        Assert.Equal(stored with { DueDate = null, OpenedAt = default }, Assert.Single(old.Items));
        Assert.Equal(1, old.Total);
    }
}
