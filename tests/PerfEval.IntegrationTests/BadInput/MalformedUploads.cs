using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PerfEval.Domain.Export;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>A malformed request to an importer: the whole request content, since a broken envelope is part of it.</summary>
public sealed record MalformedUpload(string Name, Func<HttpContent> Make);

/// <summary>The corpus of malformed files and multipart envelopes, run against the import endpoint.</summary>
public static class MalformedUploads
{
    public static MultipartFormDataContent File(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static readonly Lazy<byte[]> Sample = new(() => XlsxFormExporter.ToBytes([Forms.Sample()]));

    private static readonly Lazy<string> SampleJson = new(() => System.IO.File.ReadAllText(Path.Combine("TestData", "form.json")));

    /// <summary>One worksheet entry that inflates to 300 MB of zeros from well under 1 MB on the wire.</summary>
    private static readonly Lazy<byte[]> ZipBomb = new(() =>
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                sheet.Write(zeros);
            }
        }

        return buffer.ToArray();
    });

    private static readonly Lazy<byte[]> ManyEntries = new(() =>
        ZipOf(Enumerable.Range(0, 5_000).Select(i => ($"xl/worksheets/sheet{i}.xml", Array.Empty<byte>())).ToArray()));

    private static byte[] ZipOf(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] JsonWith(Func<string, string> change)
    {
        var form = JsonNode.Parse(SampleJson.Value)!;
        form["header"]!["projectName"] = change(form["header"]!["projectName"]!.GetValue<string>());
        return Encoding.UTF8.GetBytes(form.ToJsonString());
    }

    private static byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        new Random(11).NextBytes(bytes);
        return bytes;
    }

    private static HttpContent Truncated()
    {
        var body = "--zz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"form.json\"\r\n" +
            "Content-Type: application/json\r\n\r\n{\"header\": {\"projectName\": \"灵活";
        return Raw(body, "multipart/form-data; boundary=zz");
    }

    private static HttpContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public static readonly MalformedUpload[] All =
    [
        new("zip bomb posing as xlsx", () => File(ZipBomb.Value, "bomb.xlsx")),
        new("zip of too many entries posing as xlsx", () => File(ManyEntries.Value, "many.xlsx")),
        new("text posing as xlsx", () => File(Encoding.UTF8.GetBytes("项目名称,灵活就业工作经费\n"), "form.xlsx")),
        new("PNG posing as xlsx", () => File([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "form.xlsx")),
        new("truncated xlsx", () => File(Sample.Value[..(Sample.Value.Length / 2)], "form.xlsx")),
        new("zip without a workbook posing as xlsx", () => File(ZipOf(("hello.txt", "hi"u8.ToArray())), "form.xlsx")),
        new("binary garbage as text", () => File(Garbage(64 * 1024), "forms.txt")),
        new("binary garbage without a known extension", () => File(Garbage(4096), "forms.bin")),
        new("invalid UTF-8 text", () => File([0xC0, 0xAF, 0x80, 0xE6, 0x88, 0xFF, 0xFE, 0x0A], "forms.txt")),
        new("truncated JSON file", () => File(Encoding.UTF8.GetBytes(SampleJson.Value[..(SampleJson.Value.Length / 2)]), "form.json")),
        new("deeply nested JSON file", () => File(Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), "form.json")),
        new("JSON file with control characters", () => File(JsonWith(s => s + "\u0000\u001b"), "form.json")),
        new("JSON file with huge strings", () => File(JsonWith(_ => new string('长', 100_000)), "form.json")),
        new("JSON file with wrong types", () => File(Encoding.UTF8.GetBytes(SampleJson.Value.Replace("\"fiscalYear\": 2024", "\"fiscalYear\": \"二〇二四\"")), "form.json")),
        new("empty file", () => File([], "form.xlsx")),
        new("script tags in the file name", () => File(Garbage(512), "<script>alert(1)</script>'; DROP TABLE x;--.xlsx")),
        new("no file field", () => new MultipartFormDataContent { { new StringContent("x"), "other" } }),
        new("JSON body instead of multipart", () => MalformedBodies.Json(SampleJson.Value)),
        new("truncated multipart envelope", Truncated),
        new("multipart without a boundary", () => Raw("--x\r\n\r\n", "multipart/form-data")),
        new("binary garbage as multipart", () => MalformedBodies.Garbage("multipart/form-data; boundary=zz")),
    ];
}
