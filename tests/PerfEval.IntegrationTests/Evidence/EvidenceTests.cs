using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evidence;

/// <summary>
/// Supporting files (佐证材料) through HTTP against PostgreSQL: uploaded by the form's unit, read by whoever may read the
/// form, frozen after submission, refused by content, and recorded on the form's stream.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EvidenceTests(PlatformFixture platform)
{
    private sealed record Item(
        Guid Id, string Slot, string SlotLabel, int? IndicatorIndex, string? IndicatorName, string FileName,
        string ContentType, long Size, string Sha256, string UploadedByName, string Href);

    private sealed record ListView(Guid EvaluationId, bool Editable, int MaxFilesPerForm, long MaxFileBytes, IReadOnlyList<Item> Items);

    private sealed record HistoryView(Guid EvaluationId, IReadOnlyList<HistoryEntry> Events);

    private sealed record HistoryEntry(string Type, string Summary, long Version);

    private async Task<(TestOrg Org, HttpClient Unit, Guid Id)> Draft()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        return (org, unit, draft.Id);
    }

    private static async Task<ListView> List(HttpClient client, Guid id) =>
        await Forms.Read<ListView>(await client.GetAsync($"/api/evaluations/{id}/evidence"));

    [Fact]
    public async Task A_pdf_uploaded_to_an_indicator_downloads_byte_for_byte_with_its_hash()
    {
        var (org, unit, id) = await Draft();
        var pdf = EvidenceUploads.Pdf();

        var response = await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(pdf, "验收报告.pdf", "验收报告", "0"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.ETag);
        var item = await Forms.Read<Item>(response);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal(("AcceptanceReport", "验收报告", 0, "验收报告.pdf", "application/pdf", (long)pdf.Length, sha),
            (item.Slot, item.SlotLabel, item.IndicatorIndex, item.FileName, item.ContentType, item.Size, item.Sha256));
        Assert.Equal(Forms.Sample().Indicators[0].Name, item.IndicatorName);

        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var download = await reviewer.GetAsync(item.Href);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(pdf, bytes);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("验收报告.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"\"{sha}\"", download.Headers.ETag!.Tag);

        var listed = Assert.Single((await List(reviewer, id)).Items);
        Assert.Equal(item.Id, listed.Id);
    }

    [Fact]
    public async Task Only_those_who_may_read_the_form_see_its_evidence()
    {
        var (org, unit, id) = await Draft();
        var item = await Forms.Read<Item>(await EvidenceUploads.Upload(
            unit, id, EvidenceUploads.Content(EvidenceUploads.Pdf(), "凭证.pdf", "Voucher")));
        var other = TestOrg.New();
        var otherUnit = await platform.ClientFor(other.Submitter);
        var otherReviewer = await platform.ClientFor(TestUser.Reviewer(other.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());

        foreach (var stranger in new[] { otherUnit, otherReviewer })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(item.Href)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/evaluations/{id}/evidence")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await EvidenceUploads.Upload(
            otherUnit, id, EvidenceUploads.Content(EvidenceUploads.Pdf(), "x.pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(item.Href)).StatusCode);
        Assert.Single((await List(unit, id)).Items);
        Assert.Equal(HttpStatusCode.NotFound,
            (await unit.GetAsync($"/api/evaluations/{id}/evidence/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_text_file_named_pdf_is_refused_415_and_nothing_is_stored()
    {
        var (_, unit, id) = await Draft();

        var response = await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(EvidenceUploads.FakePdf(), "验收报告.pdf"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await Forms.Read<JsonElement>(response);
        Assert.Equal("evidence.unsupported_type", problem.GetProperty("code").GetString());
        Assert.Contains("PDF", problem.GetProperty("detailZh").GetString());
        Assert.Empty((await List(unit, id)).Items);
        Assert.Equal(0, await StoredFiles(id));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_is_stored()
    {
        var (_, unit, id) = await Draft();
        var max = (await List(unit, id)).MaxFileBytes;
        var pdf = EvidenceUploads.Pdf();
        var big = new byte[max + 1];
        pdf.CopyTo(big, 0);

        var response = await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(big, "大文件.pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await List(unit, id)).Items);
        Assert.Equal(0, await StoredFiles(id));
    }

    [Fact]
    public async Task After_submission_the_evidence_is_frozen_409()
    {
        var (_, unit, id) = await Draft();
        await new FormFlow(platform).Submit(unit, id);

        var response = await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(EvidenceUploads.Pdf(), "补充.pdf"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await Forms.Read<JsonElement>(response);
        Assert.Equal("evidence.frozen", problem.GetProperty("code").GetString());
        Assert.Contains("冻结", problem.GetProperty("detailZh").GetString());
        var list = await List(unit, id);
        Assert.False(list.Editable);
        Assert.Empty(list.Items);
        Assert.Equal(0, await StoredFiles(id));
    }

    [Fact]
    public async Task The_attachment_is_an_event_in_the_forms_history()
    {
        var (_, unit, id) = await Draft();
        var upload = await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(EvidenceUploads.Pdf(), "会议纪要.pdf", "Minutes"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var history = await Forms.Read<HistoryView>(await unit.GetAsync($"/api/evaluations/{id}/history"));

        var attached = Assert.Single(history.Events, e => e.Type == "EvidenceAttached");
        Assert.Contains("会议纪要.pdf", attached.Summary);
        Assert.Contains("整表", attached.Summary);
        Assert.Equal(upload.Headers.ETag!.Tag, $"\"{attached.Version}\"");
    }

    private async Task<long> StoredFiles(Guid id) =>
        await platform.Services.GetRequiredService<Platform.Evidence.EvidenceFiles>().CountAsync(id, CancellationToken.None);
}
