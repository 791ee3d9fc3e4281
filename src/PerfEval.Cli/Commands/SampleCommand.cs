using System.CommandLine;
using System.Text.Json;
using PerfEval.Domain.Sampling;

namespace PerfEval.Cli.Commands;

/// <summary>
/// <c>perfeval sample --verify draw.json</c>: redraws a sample (抽评) from its export (GET
/// /api/sampling/{year}/{drawId}/export) with the platform's own draw, and compares. Exit 0 when the population
/// hashes as recorded and the redraw gives the recorded sample, 1 when not, 2 when the file cannot be read.
/// </summary>
internal static class SampleCommand
{
    public const int Mismatch = 1;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var verify = new Option<string>("--verify") { Description = "A draw exported as JSON (GET /api/sampling/{year}/{drawId}/export)", Required = true };
        var command = new Command("sample", "Verify a sample draw (抽评) offline: redraw it from its population and seed") { verify };
        command.SetAction(parse => Verify(parse.GetValue(verify)!, output, error));
        return command;
    }

    public static int Verify(string path, TextWriter output, TextWriter error)
    {
        SampleExport? export;
        try
        {
            export = JsonSerializer.Deserialize<SampleExport>(File.ReadAllText(path), SampleExport.Json);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            error.WriteLine($"perfeval: {path}: 无法读取抽评文件 (cannot read the draw): {problem.Message}");
            return CliApp.Unreadable;
        }

        if (export is not { Population: not null, Sample: not null, Seed: not null, Size: not null, PopulationHash: not null })
        {
            error.WriteLine($"perfeval: {path}: 不是抽评导出文件 (not a draw export)");
            return CliApp.Unreadable;
        }

        var redraw = SampleVerification.Verify(export);
        output.WriteLine($"抽评 (draw) {export.DrawId}  {export.FiscalYear} 年度 (year)  种子 (seed) {export.Seed}");
        output.WriteLine($"总体 (population): {export.Population.Count} 份  样本 (sample): {export.Sample.Count} 份");
        output.WriteLine($"记录的总体哈希 (recorded hash):  {redraw.RecordedHash}");
        output.WriteLine($"重新计算的哈希 (computed hash):  {redraw.PopulationHash}  {(redraw.PopulationIntact ? "一致 (same)" : "不一致 (differs)")}");
        output.WriteLine($"重新抽取 (redraw): {(redraw.RedrawMatches ? "与记录的样本一致 (matches the recorded sample)" : "与记录的样本不一致 (does not match the recorded sample)")}");
        foreach (var id in redraw.Missing)
        {
            output.WriteLine($"  记录中有、重抽未抽中 (recorded, not redrawn): {id}");
        }

        foreach (var id in redraw.Extra)
        {
            output.WriteLine($"  重抽抽中、记录中没有 (redrawn, not recorded): {id}");
        }

        output.WriteLine(redraw.Matches ? "结果：验证通过 (verified)" : "结果：验证未通过 (NOT verified)");
        return redraw.Matches ? CliApp.Ok : Mismatch;
    }
}
