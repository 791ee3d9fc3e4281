namespace PerfEval.Domain.Import;

/// <summary>
/// Bounds on what an import accepts, so that a hostile or broken file costs bounded time and memory.
/// A district's whole year fits well within them.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>Largest file read, in bytes.</summary>
    public long MaxBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Largest uncompressed size of an .xlsx (zip bombs).</summary>
    public long MaxUncompressedBytes { get; init; } = 200 * 1024 * 1024;

    public int MaxZipEntries { get; init; } = 2_000;

    public int MaxForms { get; init; } = 10_000;

    public int MaxIndicatorsPerForm { get; init; } = 500;

    public int MaxLines { get; init; } = 2_000_000;

    public int MaxLineLength { get; init; } = 20_000;

    /// <summary>Pages read from one PDF.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Rows read from one worksheet.</summary>
    public int MaxSheetRows { get; init; } = 2_000;

    /// <summary>Errors reported before the import gives up on a file.</summary>
    public int MaxErrors { get; init; } = 200;

    public static ImportLimits Default { get; } = new();
}
