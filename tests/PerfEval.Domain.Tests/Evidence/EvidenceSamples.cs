using System.IO.Compression;
using System.Text;
using PerfEval.Domain.Export;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Evidence;

/// <summary>Real, minimal files of each accepted type, and a few that only pretend.</summary>
internal static class EvidenceSamples
{
    /// <summary>A one-page PDF with its cross-reference table (offsets computed), as a PDF writer would write it.</summary>
    public static byte[] Pdf() => TestPdfs.Blank();

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 JPEG (JFIF).</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");

    /// <summary>A workbook as the platform's exporter writes it.</summary>
    public static byte[] Xlsx() => XlsxFormExporter.ToBytes([SeedForms.FlexibleEmployment]);

    /// <summary>The parts a Word document cannot do without.</summary>
    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>验收报告</w:t></w:r></w:p></w:body></w:document>"""));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }
}
