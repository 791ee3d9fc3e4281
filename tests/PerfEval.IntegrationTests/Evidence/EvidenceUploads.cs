using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace PerfEval.IntegrationTests.Evidence;

/// <summary>Files and multipart requests for the evidence endpoints.</summary>
public static class EvidenceUploads
{
    /// <summary>A one-page PDF with its cross-reference table, as a PDF writer would write it.</summary>
    public static byte[] Pdf(string title = "验收报告")
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Title <FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title))}> >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

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
