namespace PerfEval.Domain.Evidence;

/// <summary>How large one supporting file may be and how many a form may carry (settings "Evidence").</summary>
public sealed record EvidenceLimits
{
    public const string Section = "Evidence";

    /// <summary>Largest file, in bytes (default 20 MiB).</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Most files on one form, its indicators' included (default 50).</summary>
    public int MaxFilesPerForm { get; init; } = 50;

    public static EvidenceLimits Default { get; } = new();
}
