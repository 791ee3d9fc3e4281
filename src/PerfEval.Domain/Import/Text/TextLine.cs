namespace PerfEval.Domain.Import.Text;

/// <summary>A non-empty line of the extracted text: its 1-based number, trimmed text and whitespace-separated tokens.</summary>
internal sealed class TextLine
{
    public TextLine(int number, string text)
    {
        Number = number;
        Text = text;
        Tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        Compact = string.Concat(Tokens);
    }

    public int Number { get; }
    public string Text { get; }
    public string[] Tokens { get; }

    /// <summary>The text without any whitespace, for labels the PDF broke with spaces.</summary>
    public string Compact { get; }

    public bool StartsWith(string label) => Compact.StartsWith(label, StringComparison.Ordinal);
}
