using System.IO.Compression;
using System.Text;
using PerfEval.IntegrationTests.Evidence;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>A malformed evidence upload and the status that refuses it.</summary>
public sealed record MalformedEvidenceUpload(string Name, Func<HttpContent> Make, int Status);

/// <summary>The corpus of multipart oddities and pretending files, run against POST /api/evaluations/{id}/evidence.</summary>
public static class MalformedEvidenceUploads
{
    private static MultipartFormDataContent Pdf(string? slot = "Voucher", string? indicatorIndex = null) =>
        EvidenceUploads.Content(EvidenceUploads.Pdf(), "凭证.pdf", slot, indicatorIndex);

    private static byte[] ZipWithout()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("hello.txt").Open();
            entry.Write("hi"u8);
        }

        return buffer.ToArray();
    }

    private static HttpContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public static readonly MalformedEvidenceUpload[] All =
    [
        new("no file field", () => new MultipartFormDataContent { { new StringContent("Voucher"), "slot" } }, 400),
        new("empty file", () => EvidenceUploads.Content([], "凭证.pdf", "Voucher"), 400),
        new("file under another field name", () =>
        {
            var content = new MultipartFormDataContent { { new StringContent("Voucher"), "slot" } };
            content.Add(new ByteArrayContent(EvidenceUploads.Pdf()), "document", "凭证.pdf");
            return content;
        }, 400),
        new("no slot", () => Pdf(slot: null), 400),
        new("wrong slot", () => Pdf(slot: "发票"), 400),
        new("slot given as a number", () => Pdf(slot: "0"), 400),
        new("slot longer than a field may be", () => Pdf(slot: new string('凭', 1000)), 400),
        new("huge indicatorIndex", () => Pdf(indicatorIndex: "99999999999999999999"), 400),
        new("indicatorIndex past the last indicator", () => Pdf(indicatorIndex: "2147483647"), 400),
        new("negative indicatorIndex", () => Pdf(indicatorIndex: "-1"), 400),
        new("indicatorIndex not a number", () => Pdf(indicatorIndex: "第一项"), 400),
        new("fake PDF: text named .pdf sent as application/pdf", () => EvidenceUploads.Content(EvidenceUploads.FakePdf(), "验收报告.pdf"), 415),
        new("script named .png", () => EvidenceUploads.Content("<script>alert(1)</script>"u8.ToArray(), "照片.png", contentType: "image/png"), 415),
        new("zip without Office parts named .docx", () => EvidenceUploads.Content(ZipWithout(), "报告.docx"), 415),
        new("JSON body instead of multipart", () => MalformedBodies.Json("{\"slot\":\"Voucher\"}"), 400),
        new("truncated multipart envelope", () => Raw(
            "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4",
            "multipart/form-data; boundary=zz"), 400),
        new("multipart without a boundary", () => Raw("--x\r\n\r\n", "multipart/form-data"), 400),
        new("binary garbage as multipart", () => MalformedBodies.Garbage("multipart/form-data; boundary=zz"), 400),
        new("file part with a broken header", () => Raw(
            "--zz\r\nContent-Disposition form-data name=file\r\n\r\n%PDF-1.4\r\n--zz--\r\n", "multipart/form-data; boundary=zz"), 400),
        new("file name with path, markup and control characters", () => EvidenceUploads.Content(
            EvidenceUploads.FakePdf(), "..\\..\\<script>\u0000凭证.pdf"), 415),
    ];
}
