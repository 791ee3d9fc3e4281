using PerfEval.Domain.Evidence;

namespace PerfEval.Domain.Tests.Evidence;

/// <summary>The stored name of a supporting file: no paths, no control or reserved characters, Chinese kept.</summary>
public class EvidenceFileNameTests
{
    [Theory]
    [InlineData("验收报告.pdf", "验收报告.pdf")]
    [InlineData(@"C:\Users\张三\Desktop\验收报告.PDF", "验收报告.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("凭证\u0000\u001b\u202e第1号.pdf", "凭证第1号.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "abcdefgh.pdf")]
    [InlineData("  会议纪要 .pdf  ", "会议纪要.pdf")]
    [InlineData("", "佐证材料.pdf")]
    [InlineData("....", "佐证材料.pdf")]
    [InlineData("凭证.exe", "凭证.exe.pdf")]
    [InlineData("凭证", "凭证.pdf")]
    public void A_pdf_name_is_made_safe(string sent, string stored)
    {
        Assert.Equal(stored, EvidenceFileNames.Sanitise(sent, EvidenceType.Pdf));
    }

    [Fact]
    public void A_jpeg_keeps_either_of_its_extensions()
    {
        Assert.Equal("现场照片.jpeg", EvidenceFileNames.Sanitise("现场照片.jpeg", EvidenceType.Jpeg));
        Assert.Equal("现场照片.png.jpg", EvidenceFileNames.Sanitise("现场照片.png", EvidenceType.Jpeg));
    }

    [Fact]
    public void A_long_name_is_cut_and_keeps_its_extension()
    {
        var name = EvidenceFileNames.Sanitise(new string('长', 500) + ".xlsx", EvidenceType.Xlsx);

        Assert.Equal(EvidenceFileNames.MaxLength, name.Length);
        Assert.EndsWith("长.xlsx", name);
    }
}
