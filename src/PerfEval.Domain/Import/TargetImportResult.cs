using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Import;

/// <summary>
/// The target declarations read from a file and the errors that refused the rest. A declaration is only returned
/// when every one of its cells was read; one with an error is left out, never returned half-read.
/// </summary>
/// <param name="Format">The format the file was read as (<see cref="FormFileFormat.Xlsx"/> or <see cref="FormFileFormat.Json"/>).</param>
public sealed record TargetImportResult(FormFileFormat Format, IReadOnlyList<TargetContent> Declarations, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0 && Declarations.Count > 0;

    public static TargetImportResult Failed(FormFileFormat format, ImportError error) => new(format, [], [error]);
}
