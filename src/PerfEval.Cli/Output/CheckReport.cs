using System.Globalization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;

namespace PerfEval.Cli.Output;

/// <summary>The readable report of <c>perfeval check</c>: a summary per form and its findings as a table.</summary>
internal static class CheckReport
{
    /// <summary>The document: forms found with their layout, where they lie and what became of them; what was skipped.</summary>
    public static void WriteDocument(TextWriter output, ImportResult result)
    {
        var outcomes = result.Outcomes;
        output.WriteLine($"文档 document ({result.Format}): {outcomes.Count} form(s) found — read {outcomes.Count(o => o.Status == FormOutcomeStatus.Read)}, incomplete {outcomes.Count(o => o.Status == FormOutcomeStatus.Incomplete)}, refused {outcomes.Count(o => o.Status == FormOutcomeStatus.Refused)}");
        foreach (var o in outcomes)
        {
            var name = o.Form?.Header.ProjectName ?? o.Partial?.ProjectName ?? "-";
            var kind = KindText(o.Form?.Kind ?? FormLayouts.KindOf(o.Layout));
            output.WriteLine($"   [{o.Index}] {o.Status,-10} {o.Layout,-15} {kind,-22} {o.Location,-16} {name}");
            if (o.Partial is { } partial)
            {
                output.WriteLine($"        read before the cut: header {(partial.ImplementingUnit is null ? "partly" : "whole")}, funds {(partial.Funds is null ? "no" : "yes")}, goals {(partial.Goals is null ? "no" : "yes")}, {partial.Indicators.Count} indicator row(s)");
            }

            foreach (var problem in o.Problems)
            {
                output.WriteLine($"        {problem.Location}: {problem.Message}");
            }
        }

        foreach (var skipped in result.Skipped)
        {
            output.WriteLine($"   skipped 跳过 {skipped.Location}: {skipped.Text}");
        }

        output.WriteLine();
    }

    public static void Write(TextWriter output, EvaluationForm form, Scorecard card, FormOutcome? outcome = null)
    {
        var header = form.Header;
        var execution = card.Execution;
        output.WriteLine($"== {header.ProjectName} ({header.FiscalYear}) — {header.CompetentDepartment} / {header.ImplementingUnit}");
        output.WriteLine($"   表 kind: {KindText(form.Kind)}");
        if (form.Department is { } facts)
        {
            output.WriteLine($"   部门 department: 编制数 {facts.AuthorizedStaff?.ToString(CultureInfo.InvariantCulture) ?? "-"}, 在职人员数 {facts.ActualStaff?.ToString(CultureInfo.InvariantCulture) ?? "-"}, “三公”经费 {N(facts.ThreePublicCurrent)} (上年度 {N(facts.ThreePublicPrevious)}), 重点项目支出 {N(facts.KeyExpenditure)} of 项目支出合计 {N(facts.ProjectExpenditure)}");
        }

        foreach (var finding in outcome?.Findings ?? [])
        {
            output.WriteLine($"   import {finding.Severity.ToString().ToLowerInvariant()} {finding.Code}: {finding.Message}");
            output.WriteLine($"          {finding.MessageEn}");
        }

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

    /// <summary>"部门整体 departmentWide" or "项目 project".</summary>
    private static string KindText(FormKind kind) => kind == FormKind.DepartmentWide ? "部门整体 departmentWide" : "项目 project";

    private static string N(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";
}
