using System.Text;
using PerfEval.Domain.Evidence;

namespace PerfEval.Domain.Tests.Evidence;

/// <summary>The type of a supporting file (佐证材料) comes from its bytes, never from its name.</summary>
public class EvidenceContentTests
{
    public static TheoryData<string, string> Accepted() => new()
    {
        { "pdf", "application/pdf" },
        { "png", "image/png" },
        { "jpeg", "image/jpeg" },
        { "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    };

    private static byte[] Sample(string kind) => kind switch
    {
        "pdf" => EvidenceSamples.Pdf(),
        "png" => EvidenceSamples.Png(),
        "jpeg" => EvidenceSamples.Jpeg(),
        "docx" => EvidenceSamples.Docx(),
        _ => EvidenceSamples.Xlsx(),
    };

    private static EvidenceType? Sniff(byte[] bytes) => EvidenceContent.Sniff(new MemoryStream(bytes));

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Each_accepted_type_is_told_from_a_real_file(string kind, string contentType)
    {
        Assert.Equal(contentType, Sniff(Sample(kind))?.ContentType);
    }

    [Fact]
    public void A_text_file_named_pdf_is_refused()
    {
        // Whatever the name and the claimed type, "验收报告.pdf" holding text is text.
        Assert.Null(Sniff(Encoding.UTF8.GetBytes("这不是 PDF，只是改了扩展名的文本。\n")));
    }

    [Fact]
    public void Other_content_is_refused()
    {
        Assert.Null(Sniff([]));
        Assert.Null(Sniff("GIF89a"u8.ToArray()));
        Assert.Null(Sniff("<html><script>alert(1)</script></html>"u8.ToArray()));
        Assert.Null(Sniff("MZ\x90\0"u8.ToArray()));
    }

    [Fact]
    public void A_zip_is_an_office_file_only_by_its_entries()
    {
        Assert.Null(Sniff(EvidenceSamples.Zip(("hello.txt", "hi"))));
        Assert.Null(Sniff(EvidenceSamples.Zip(("word/document.xml", "<w:document/>"))));
        Assert.Null(Sniff(EvidenceSamples.Zip(
            ("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w/>"), ("xl/workbook.xml", "<x/>"))));
        Assert.Null(Sniff(EvidenceSamples.Docx()[..40]));
    }
}
