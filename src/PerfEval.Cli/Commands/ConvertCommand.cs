using System.CommandLine;
using PerfEval.Domain.Export;

namespace PerfEval.Cli.Commands;

/// <summary><c>perfeval convert &lt;in&gt; &lt;out.xlsx|out.json&gt;</c>: reads any supported format and writes the other.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextWriter error)
    {
        var input = new Argument<string>("in") { Description = "A .txt (PDF text), .xlsx or .json file" };
        var output = new Argument<string>("out") { Description = "The file to write: .xlsx (official layout) or .json" };
        var command = new Command("convert", "Convert forms between the PDF text, .xlsx and .json") { input, output };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output)!, error));
        return command;
    }

    public static int Run(string inputPath, string outputPath, TextWriter error)
    {
        var extension = Path.GetExtension(outputPath).ToLowerInvariant();
        if (extension is not (".xlsx" or ".json"))
        {
            error.WriteLine($"perfeval: {outputPath}: 输出文件须为.xlsx或.json (the output must be .xlsx or .json)");
            return CliApp.Unreadable;
        }

        if (!FormFiles.TryImport(inputPath, error, out var forms))
        {
            return CliApp.Unreadable;
        }

        try
        {
            using var stream = File.Create(outputPath);
            if (extension == ".xlsx")
            {
                XlsxFormExporter.Export(forms, stream);
            }
            else
            {
                JsonFormExporter.Export(forms, stream);
            }
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"perfeval: {outputPath}: {problem.Message}");
            return CliApp.Unreadable;
        }

        return CliApp.Ok;
    }
}
