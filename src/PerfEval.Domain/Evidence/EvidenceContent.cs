using System.IO.Compression;

namespace PerfEval.Domain.Evidence;

/// <summary>A file type evidence may have: its media type and the file-name extension that goes with it.</summary>
public sealed record EvidenceType(string ContentType, string Extension, string Label)
{
    public static readonly EvidenceType Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly EvidenceType Png = new("image/png", ".png", "PNG 图片");
    public static readonly EvidenceType Jpeg = new("image/jpeg", ".jpg", "JPEG 图片");
    public static readonly EvidenceType Docx = new(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word 文档");
    public static readonly EvidenceType Xlsx = new(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel 工作簿");

    public static IReadOnlyList<EvidenceType> All { get; } = [Pdf, Png, Jpeg, Docx, Xlsx];
}

/// <summary>
/// Tells a file's type from its bytes, never from its name or the type the uploader claimed: PDF by <c>%PDF-</c>,
/// PNG and JPEG by their signatures, and the two Office Open XML types, both ZIP archives, by the entry that makes
/// each what it is (<c>word/document.xml</c>, <c>xl/workbook.xml</c>). Anything else is refused.
/// </summary>
public static class EvidenceContent
{
    /// <summary>Most entries an Office file may list in its archive (a real one has a few dozen).</summary>
    public const int MaxZipEntries = 10_000;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The type of the content of <paramref name="content"/> (read from its start; seekable for ZIPs), or null.</summary>
    public static EvidenceType? Sniff(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith(PdfMagic))
        {
            return EvidenceType.Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return EvidenceType.Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return EvidenceType.Jpeg;
        }

        return head.StartsWith(ZipMagic) && content.CanSeek ? OfficeType(content) : null;
    }

    /// <summary>docx or xlsx by the archive's entries; only the central directory is read, nothing is inflated.</summary>
    private static EvidenceType? OfficeType(Stream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return null;
            }

            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            var word = names.Contains("word/document.xml");
            var excel = names.Contains("xl/workbook.xml");
            return !names.Contains("[Content_Types].xml") || word == excel ? null
                : word ? EvidenceType.Docx : EvidenceType.Xlsx;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
