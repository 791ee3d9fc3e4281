using System.CommandLine;
using System.Text.Json;
using PerfEval.Cli.Output;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Cli.Commands;

/// <summary><c>perfeval check &lt;file&gt; [--json] [--profile name]</c>: scores each form and lists the findings.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A .txt (PDF text), .xlsx or .json file with one or more forms" };
        var json = new Option<bool>("--json") { Description = "Write a JSON array, one object per form" };
        var profile = new Option<string>("--profile")
        {
            Description = "Scoring profile: " + string.Join(", ", ScoringProfile.Named.Select(p => p.Name)),
            DefaultValueFactory = _ => ScoringProfile.Default.Name,
        };
        var command = new Command("check", "Check the scores of the forms in a file against the scoring rules") { file, json, profile };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(profile)!, output, error));
        return command;
    }

    public static int Run(string path, bool asJson, string profileName, TextWriter output, TextWriter error)
    {
        if (ScoringProfile.ByName(profileName) is not { } profile)
        {
            error.WriteLine($"perfeval: unknown profile '{profileName}'; known: {string.Join(", ", ScoringProfile.Named.Select(p => p.Name))}");
            return CliApp.Usage;
        }

        var complete = FormFiles.TryImport(path, error, out var forms, out var result);
        var outcomes = result?.PerForm().Where(o => o.Form is not null).ToList() ?? [];
        var checks = forms.Select((form, i) => (Form: form, Card: ScoringEngine.Score(form, profile), Outcome: i < outcomes.Count ? outcomes[i] : null)).ToList();
        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(checks.Select(c => CheckJson.From(c.Form, c.Card, c.Outcome)), FormJson.IndentedOptions));
        }
        else
        {
            if (result is { Outcomes.Count: > 0 })
            {
                CheckReport.WriteDocument(output, result);
            }

            foreach (var (form, card, outcome) in checks)
            {
                CheckReport.Write(output, form, card, outcome);
            }
        }

        return complete ? CliApp.Ok : CliApp.Unreadable;
    }
}
