using System.Net.Http.Headers;
using System.Text;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.Evidence;

/// <summary>Files and multipart requests for the evidence endpoints.</summary>
public static class EvidenceUploads
{
    /// <summary>A one-page PDF with its cross-reference table, as a PDF writer would write it.</summary>
    public static byte[] Pdf(string title = "验收报告") => TestPdfs.Blank(title);

    /// <summary>Text that claims to be a PDF by its name and its Content-Type.</summary>
    public static byte[] FakePdf() => Encoding.UTF8.GetBytes("这是一段文本，不是 PDF。\n");

    public static MultipartFormDataContent Content(
        byte[] bytes, string fileName, string? slot = "AcceptanceReport", string? indicatorIndex = null,
        string contentType = "application/pdf")
    {
        var content = new MultipartFormDataContent();
        if (slot is not null)
        {
            content.Add(new StringContent(slot), "slot");
        }

        if (indicatorIndex is not null)
        {
            content.Add(new StringContent(indicatorIndex), "indicatorIndex");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "file", fileName);
        return content;
    }

    public static Task<HttpResponseMessage> Upload(HttpClient client, Guid evaluationId, HttpContent content) =>
        client.PostAsync($"/api/evaluations/{evaluationId}/evidence", content);
}
