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

    public ImportError ToError()
    {
        var location = LineNumber > 0 ? $"line {LineNumber}" : "end of file";
        var locationZh = LineNumber > 0 ? $"第{LineNumber}行" : "文件末尾";
        return ImportError.Create(location, ExpectedZh, ExpectedEn, Found, locationZh);
    }
}
