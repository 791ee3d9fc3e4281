using System.CommandLine;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;

namespace PerfEval.Cli.Commands;

/// <summary><c>perfeval template &lt;out.xlsx&gt; [--year 2024] [--kind DepartmentWide]</c>: writes the blank form in the official layout.</summary>
internal static class TemplateCommand
{
    public static Command Create(TextWriter error)
    {
        var output = new Argument<string>("out") { Description = "The .xlsx file to write" };
        var year = new Option<int?>("--year") { Description = "Fiscal year printed on the form" };
        var kind = new Option<string?>("--kind") { Description = "Project (default) or DepartmentWide (部门整体支出绩效自评表), any case" };
        var command = new Command("template", "Write the blank .xlsx form for units to fill in") { output, year, kind };
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(year), error, parse.GetValue(kind)));
        return command;
    }

    public static int Run(string outputPath, int? year, TextWriter error, string? kind = null)
    {
        var formKind = FormKind.Project;
        if (kind is not null && !FormKinds.TryParse(kind, out formKind))
        {
            error.WriteLine($"perfeval: --kind {kind}: 应为 Project 或 DepartmentWide (must be Project or DepartmentWide)");
            return CliApp.Usage;
        }

        if (!outputPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"perfeval: {outputPath}: 模板须为.xlsx (the template is an .xlsx file)");
            return CliApp.Unreadable;
        }

        try
        {
            using var stream = File.Create(outputPath);
            FormTemplate.Write(stream, year, formKind);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"perfeval: {outputPath}: {problem.Message}");
            return CliApp.Unreadable;
        }

        return CliApp.Ok;
    }
}
