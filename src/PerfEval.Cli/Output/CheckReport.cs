using System.Globalization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Cli.Output;

/// <summary>The readable report of <c>perfeval check</c>: a summary per form and its findings as a table.</summary>
internal static class CheckReport
{
    public static void Write(TextWriter output, EvaluationForm form, Scorecard card)
    {
        var header = form.Header;
        var execution = card.Execution;
        output.WriteLine($"== {header.ProjectName} ({header.FiscalYear}) — {header.CompetentDepartment} / {header.ImplementingUnit}");
        output.WriteLine($"   总分 total: claimed {N(card.ClaimedTotal)}, computed {N(card.ComputedTotal)}   等级 grade: claimed {card.ClaimedGrade ?? "-"}, computed {card.ComputedGrade}");
        output.WriteLine($"   资金 funds: full-year budget {N(execution.FullYearBudget)}, executed {N(execution.Executed)}, rate {N(execution.Rate)}% (printed {N(execution.ClaimedRate)}%), score claimed {N(execution.ClaimedScore)} / computed {N(execution.ComputedScore)} of {N(execution.Weight)}");
        if (card.Findings.Count == 0)
        {
            output.WriteLine("   findings: none");
            output.WriteLine();
            return;
        }

        var pathWidth = Math.Max(4, card.Findings.Max(f => f.Path.Length));
        var codeWidth = Math.Max(4, card.Findings.Max(f => f.Code.Length));
        output.WriteLine($"   {"SEVERITY",-8}  {"CODE".PadRight(codeWidth)}  {"PATH".PadRight(pathWidth)}  {"CLAIMED",8}  {"COMPUTED",8}  MESSAGE");
        foreach (var finding in card.Findings)
        {
            output.WriteLine($"   {finding.Severity.ToString().ToLowerInvariant(),-8}  {finding.Code.PadRight(codeWidth)}  {finding.Path.PadRight(pathWidth)}  {N(finding.Claimed),8}  {N(finding.Computed),8}  {finding.Message}");
            output.WriteLine($"   {"",-8}  {"".PadRight(codeWidth)}  {"".PadRight(pathWidth)}  {"",8}  {"",8}  {finding.MessageEn}");
        }

        output.WriteLine();
    }

    private static string N(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";
}
