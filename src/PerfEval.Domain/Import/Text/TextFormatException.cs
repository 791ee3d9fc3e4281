namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Raised inside the text parser to abandon the current form; the importer turns it into an <see cref="ImportError"/>
/// and never lets it out.
/// </summary>
internal sealed class TextFormatException(int lineNumber, string expectedZh, string expectedEn, string found, bool cutOff = false) : Exception(expectedEn)
{
    /// <summary>The form ran out of lines: the document stops before the form does.</summary>
    public bool CutOff { get; } = cutOff;

    public int LineNumber { get; } = lineNumber;
    public string ExpectedZh { get; } = expectedZh;
    public string ExpectedEn { get; } = expectedEn;
    public string Found { get; } = found;

    /// <summary>The form does not read at <paramref name="line"/>.</summary>
    public static TextFormatException At(TextLine line, string expectedZh, string expectedEn) =>
        new(line.Number, expectedZh, expectedEn, line.Text);

    /// <summary>The form stops after <paramref name="last"/>, its last line, before what was expected.</summary>
    public static TextFormatException CutOffAfter(TextLine last, string expectedZh, string expectedEn) =>
        new(last.Number, expectedZh, expectedEn, "(end of file)", cutOff: true);

    public ImportError ToError()
    {
        var location = LineNumber > 0 ? $"line {LineNumber}" : "end of file";
        var locationZh = LineNumber > 0 ? $"第{LineNumber}行" : "文件末尾";
        return ImportError.Create(location, ExpectedZh, ExpectedEn, Found, locationZh);
    }
}
