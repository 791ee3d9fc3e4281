using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evidence;

/// <summary>
/// Removing a supporting file (佐证材料) through HTTP against PostgreSQL: the form's unit removes a file while the form is
/// editable; the form stops listing and serving it, its bytes and its attachment stay in the record, and the chain holds.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EvidenceRemovalTests(PlatformFixture platform)
{
    private sealed record Item(Guid Id, string FileName, string Sha256, string Href);

    private sealed record ListView(bool Editable, IReadOnlyList<Item> Items);

    private sealed record HistoryEntry(string Type, string Summary, string SummaryEn, long Version);

    private sealed record HistoryView(IReadOnlyList<HistoryEntry> Events);

    private sealed record Verdict(bool Intact, int Events);

    private async Task<(TestOrg Org, HttpClient Unit, Guid Id, Item Mistaken, Item Kept)> DraftWithTwoFiles()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        var mistaken = await Upload(unit, draft.Id, "误传的合同.pdf", "Other");
        var kept = await Upload(unit, draft.Id, "验收报告.pdf", "AcceptanceReport");
        return (org, unit, draft.Id, mistaken, kept);
    }

    private static async Task<Item> Upload(HttpClient unit, Guid id, string name, string slot)
    {
        var response = await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(EvidenceUploads.Pdf(name), name, slot));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Forms.Read<Item>(response);
    }

    private static HttpRequestMessage Delete(Guid id, Guid evidenceId, string? ifMatch = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/evaluations/{id}/evidence/{evidenceId}");
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return request;
    }

    private static async Task<ListView> List(HttpClient client, Guid id) =>
        await Forms.Read<ListView>(await client.GetAsync($"/api/evaluations/{id}/evidence"));

    private static async Task<string> Code(HttpResponseMessage response) =>
        (await Forms.Read<JsonElement>(response)).GetProperty("code").GetString()!;

    private async Task<long> StoredFiles(Guid id) =>
        await platform.Services.GetRequiredService<Platform.Evidence.EvidenceFiles>().CountAsync(id, CancellationToken.None);

    [Fact]
    public async Task A_file_uploaded_by_mistake_is_removed_no_longer_listed_nor_served_and_both_events_are_in_the_verified_history()
    {
        var (org, unit, id, mistaken, kept) = await DraftWithTwoFiles();
        var before = await new FormFlow(platform).Read(unit, id);

        var response = await unit.SendAsync(Delete(id, mistaken.Id, $"\"{before.Version}\"", Guid.NewGuid().ToString()));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var after = await Forms.Read<Evaluation>(response);
        Assert.Equal($"\"{before.Version + 1}\"", response.Headers.ETag!.Tag);
        Assert.Equal([kept.Id], after.Evidence.Select(e => e.Id));
        Assert.Equal(kept.Id, Assert.Single((await List(unit, id)).Items).Id);

        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        foreach (var reader in new[] { unit, reviewer })
        {
            var gone = await reader.GetAsync(mistaken.Href);
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            Assert.Equal("evidence.not_found", await Code(gone));
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(kept.Href)).StatusCode);
        }

        Assert.Equal(2, await StoredFiles(id));

        var history = await Forms.Read<HistoryView>(await unit.GetAsync($"/api/evaluations/{id}/history"));
        var attached = history.Events.Where(e => e.Type == "EvidenceAttached").ToList();
        Assert.Equal(2, attached.Count);
        Assert.Contains(attached, e => e.Summary.Contains("误传的合同.pdf", StringComparison.Ordinal) && e.Summary.Contains(mistaken.Sha256[..12], StringComparison.Ordinal));
        var removed = Assert.Single(history.Events, e => e.Type == "EvidenceRemoved");
        Assert.Contains("删除了佐证材料“误传的合同.pdf”（其他）", removed.Summary);
        Assert.Equal(after.Version, removed.Version);

        var verify = await unit.GetAsync($"/api/evaluations/{id}/verify");
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        var verdict = await Forms.Read<Verdict>(verify);
        Assert.True(verdict.Intact);
        Assert.Equal(history.Events.Count, verdict.Events);
    }

    [Fact]
    public async Task Removing_again_changes_nothing_and_an_unknown_file_is_404()
    {
        var (_, unit, id, mistaken, _) = await DraftWithTwoFiles();
        Assert.Equal(HttpStatusCode.OK, (await unit.SendAsync(Delete(id, mistaken.Id))).StatusCode);
        var version = (await new FormFlow(platform).Read(unit, id)).Version;

        var again = await unit.SendAsync(Delete(id, mistaken.Id));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(version, (await Forms.Read<Evaluation>(again)).Version);

        var unknown = await unit.SendAsync(Delete(id, Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = await Forms.Read<JsonElement>(unknown);
        Assert.Equal("evidence.not_found", problem.GetProperty("code").GetString());
        Assert.Equal("未找到该佐证材料。", problem.GetProperty("detailZh").GetString());
        Assert.Equal(version, (await new FormFlow(platform).Read(unit, id)).Version);
    }

    [Fact]
    public async Task After_submission_removal_is_refused_409_and_nothing_changes()
    {
        var (_, unit, id, mistaken, _) = await DraftWithTwoFiles();
        await new FormFlow(platform).Submit(unit, id);
        var before = await unit.GetStringAsync($"/api/evaluations/{id}");

        var response = await unit.SendAsync(Delete(id, mistaken.Id));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await Forms.Read<JsonElement>(response);
        Assert.Equal("evidence.frozen", problem.GetProperty("code").GetString());
        Assert.Contains("冻结", problem.GetProperty("detailZh").GetString());
        Assert.Equal(before, await unit.GetStringAsync($"/api/evaluations/{id}"));
        Assert.Equal(2, (await List(unit, id)).Items.Count);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync(mistaken.Href)).StatusCode);
    }

    [Fact]
    public async Task Another_unit_is_told_the_form_does_not_exist_and_a_reviewer_is_forbidden()
    {
        var (org, unit, id, mistaken, _) = await DraftWithTwoFiles();
        var otherUnit = await platform.ClientFor(TestUser.Unit(TestOrg.New().UnitId, org.DepartmentId));
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));

        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.SendAsync(Delete(id, mistaken.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.SendAsync(Delete(id, mistaken.Id))).StatusCode);
        Assert.Equal(2, (await List(unit, id)).Items.Count);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_the_file_stays()
    {
        var (_, unit, id, mistaken, _) = await DraftWithTwoFiles();

        var response = await unit.SendAsync(Delete(id, mistaken.Id, "\"1\""));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(2, (await List(unit, id)).Items.Count);
    }
}
