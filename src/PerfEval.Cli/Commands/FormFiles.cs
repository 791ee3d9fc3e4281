using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;

namespace PerfEval.Cli.Commands;

/// <summary>Reading an input file for any command, with its problems written to stderr.</summary>
internal static class FormFiles
{
    /// <summary>Imports <paramref name="path"/>; false (reasons on <paramref name="error"/>) when it is missing or any part was refused.</summary>
    public static bool TryImport(string path, TextWriter error, out IReadOnlyList<EvaluationForm> forms) =>
        TryImport(path, error, out forms, out _);

    /// <inheritdoc cref="TryImport(string, TextWriter, out IReadOnlyList{EvaluationForm})"/>
    public static bool TryImport(string path, TextWriter error, out IReadOnlyList<EvaluationForm> forms, out ImportResult? result)
    {
        forms = [];
        result = null;
        if (!File.Exists(path))
        {
            error.WriteLine($"perfeval: {path}: 文件不存在 (file not found)");
            return false;
        }

        using (var stream = File.OpenRead(path))
        {
            result = FormImporter.Import(stream, path);
        }

        forms = result.Forms;
        foreach (var problem in result.Errors)
        {
            error.WriteLine($"perfeval: {path}: {problem.Location}: {problem.Message}");
            error.WriteLine($"          {problem.MessageEn}");
        }

        if (result.Errors.Count > 0)
        {
            error.WriteLine($"perfeval: {path}: {result.Forms.Count} form(s) read, {result.Errors.Count} error(s); the file could not be read whole.");
            return false;
        }

        return true;
    }
}
