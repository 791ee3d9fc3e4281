using System.Globalization;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Evaluations.Report;

/// <summary>
/// What the written self-evaluation report (自评报告) says, in order (docs/domain-rules.md#self-evaluation-report):
/// its title, the four headed sections, each with what the platform knows (the form, its findings, its review) and
/// then the unit's own text, and the form as a table in the official layout. <see cref="ReportDocx"/> writes it.
/// </summary>
public sealed record SelfEvaluationReport(string Title, string Subtitle, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>Where the unit has written nothing yet.</summary>
    public const string NotWritten = "（单位尚未填写本部分。）";

    public const string TableCaption = "附表：" + XlsxLayout.Title;

    /// <summary>The caption of the form's table: the department-wide form under its own title.</summary>
    public static string CaptionOf(FormKind kind) => "附表：" + XlsxLayout.TitleOf(kind);

    public static SelfEvaluationReport Of(Evaluation evaluation)
    {
        var form = evaluation.Form;
        var sections = evaluation.ReportSections;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"实施单位：{form.Header.ImplementingUnit}　主管部门：{form.Header.CompetentDepartment}"),
            new ReportHeading(ReportLayout.BasicInfo),
            new ReportParagraph(
                $"项目名称：{form.Header.ProjectName}；主管部门：{form.Header.CompetentDepartment}；实施单位：{form.Header.ImplementingUnit}；" +
                $"年度：{form.Header.FiscalYear}。"),
            new ReportParagraph(
                $"年度资金总额：年初预算数 {Amount(form.Funds.Total.InitialBudget)} 万元，全年预算数 {Amount(form.Funds.Total.FullYearBudget)} 万元，" +
                $"全年执行数 {Amount(form.Funds.Total.Executed)} 万元，执行率 {Amount(form.Funds.Total.ClaimedRate)}%。"),
            Own(sections.BasicInfo),
            new ReportHeading(ReportLayout.GoalCompletion),
            new ReportParagraph($"年度总体目标（预期目标）：{Or(form.Goals.Expected)}"),
            new ReportParagraph($"实际完成情况：{Or(form.Goals.Actual)}"),
            new ReportParagraph(SelfAssessment(evaluation)),
            Own(sections.GoalCompletion),
            new ReportHeading(CaptionOf(form.Kind), Level: 2),
            new ReportTable(FormTable.Of(form)),
            new ReportHeading(ReportLayout.DeviationAndImprovement),
        };
        blocks.AddRange(Deviations(evaluation));
        blocks.Add(Own(sections.DeviationAndImprovement));
        blocks.Add(new ReportHeading(ReportLayout.ResultUse));
        blocks.AddRange(Review(evaluation));
        blocks.Add(Own(sections.ResultUse));
        return new SelfEvaluationReport(
            $"{form.Header.ProjectName}绩效自评报告", XlsxLayout.YearText(form.Header.FiscalYear), blocks);
    }

    private static ReportParagraph Own(string text) =>
        text.Length == 0 ? new ReportParagraph(NotWritten, Muted: true) : new ReportParagraph(text);

    private static string SelfAssessment(Evaluation e)
    {
        var text = $"单位自评总分 {Amount(e.Form.ClaimedTotal)}，自评等级 {Or(e.Form.ClaimedGrade)}。";
        if (e.Scorecard is { } card)
        {
            text += $"按评分规则计算的总分为 {Amount(card.ComputedTotal)}，等级 {card.ComputedGrade}。";
        }

        return text;
    }

    /// <summary>The indicators' deviation reasons as the unit gave them, then the rule engine's findings.</summary>
    private static IEnumerable<ReportBlock> Deviations(Evaluation e)
    {
        var reasons = e.Form.Indicators.Where(i => i.HasDeviationReason()).ToList();
        if (reasons.Count == 0)
        {
            yield return new ReportParagraph("各项指标均未填写偏差原因。");
        }

        foreach (var row in reasons)
        {
            yield return new ReportParagraph($"“{row.Name}”（年度指标值 {row.Target}，实际完成值 {row.Actual}）：{row.DeviationReason!.Trim()}");
        }

        var findings = e.Scorecard?.Findings ?? [];
        yield return new ReportParagraph(findings.Count == 0
            ? "评分规则未发现问题。"
            : $"评分规则发现的问题（{findings.Count} 项）：");
        foreach (var finding in findings)
        {
            yield return new ReportParagraph($"{(finding.Severity == Severity.Error ? "错误" : "提示")}：{finding.Message}");
        }
    }

    /// <summary>The review's outcome and comments, and the re-check's figures where there are entries.</summary>
    private static IEnumerable<ReportBlock> Review(Evaluation e)
    {
        yield return new ReportParagraph($"当前状态：{EvidenceErrors.StatusZh(e.Status)}。");
        if (e.FinalTotal is { } total)
        {
            yield return new ReportParagraph($"审核结果：审定得分 {Amount(total)}，评价等级 {e.FinalGrade}。");
        }
        else if (e.Status == EvaluationStatus.Rejected && e.RejectionReason is { } rejected)
        {
            yield return new ReportParagraph($"审核结果：未通过。理由：{rejected}");
        }

        foreach (var comment in e.Comments)
        {
            var where = comment.IndicatorIndex is { } i && i < e.Form.Indicators.Count ? $"（{e.Form.Indicators[i].Name}）" : "";
            yield return new ReportParagraph($"审核意见{where}：{comment.Text}（{comment.ReviewerName}）");
        }

        if (e.RecheckFigures is { Entries: > 0 } recheck)
        {
            yield return new ReportParagraph(
                $"复核：复核总分 {Amount(recheck.VerifiedTotal)}" +
                (recheck.Deviation is { } d ? $"，偏离度 {Amount(d * 100)}%，自评质量 {recheck.Quality}" : "") + "。");
        }
    }

    internal static string Amount(decimal? value) =>
        value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—";

    private static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text.Trim();
}

/// <summary>One block of the report: a heading, a paragraph, or the form's table.</summary>
public abstract record ReportBlock;

public sealed record ReportHeading(string Text, int Level = 1) : ReportBlock;

public sealed record ReportParagraph(string Text, bool Muted = false) : ReportBlock;

public sealed record ReportTable(IReadOnlyList<IReadOnlyList<FormTableCell>> Rows) : ReportBlock;

/// <summary>How a cell joins the one above it: not at all, the first of a vertical run, or covered by the run.</summary>
public enum RowMerge { None, Restart, Continue }

/// <summary>One cell of the form's table: its text, how many grid columns it spans, its vertical merge, bold or not.</summary>
public sealed record FormTableCell(string Text, int Span = 1, RowMerge Merge = RowMerge.None, bool Bold = false, bool Number = false);

/// <summary>
/// The form as one table in the official layout of the 自评表 (the same rows and columns as the .xlsx, <see cref="XlsxLayout"/>):
/// header, funds, goals, the indicator table with its level-1 and level-2 cells merged down their runs, the total and
/// the grade. Amounts, weights and scores with two decimals.
/// </summary>
public static class FormTable
{
    public static IReadOnlyList<IReadOnlyList<FormTableCell>> Of(EvaluationForm form)
    {
        var a = SelfEvaluationReport.Amount;
        var columns = XlsxLayout.Columns;
        var rows = new List<IReadOnlyList<FormTableCell>>
        {
            new[] { Label("项目名称"), new FormTableCell(form.Header.ProjectName, columns - 1) },
            new[]
            {
                Label("主管部门"), new FormTableCell(form.Header.CompetentDepartment, XlsxLayout.UnitLabelColumn - 2),
                Label("实施单位"), new FormTableCell(form.Header.ImplementingUnit, columns - XlsxLayout.UnitValueColumn + 1),
            },
            new[] { new FormTableCell(XlsxLayout.FundsLabelOf(form.Kind), Merge: RowMerge.Restart, Bold: true) }
                .Concat(XlsxLayout.FundsHeader.Skip(1).Select(h => Label(h))).ToArray(),
        };
        FundsRow[] funds = [form.Funds.Total, form.Funds.CurrentAppropriation, form.Funds.CarryOver, form.Funds.Other];
        for (var i = 0; i < funds.Length; i++)
        {
            var main = i == 0;
            rows.Add(
            [
                new FormTableCell("", Merge: RowMerge.Continue),
                new FormTableCell(XlsxLayout.FundsRowLabels[i]),
                Num(a(funds[i].InitialBudget)), Num(a(funds[i].FullYearBudget)), Num(a(funds[i].Executed)),
                Num(main ? a(form.Funds.Weight) : "—"), Num(a(funds[i].ClaimedRate)), Num(main ? a(form.Funds.ClaimedScore) : "—"),
            ]);
        }

        var expectedSpan = XlsxLayout.ActualGoalColumn - XlsxLayout.ExpectedGoalColumn;
        var actualSpan = columns - XlsxLayout.ActualGoalColumn + 1;
        rows.Add([new FormTableCell(XlsxLayout.GoalsLabel, Merge: RowMerge.Restart, Bold: true), Label("预期目标", expectedSpan), Label("实际完成情况", actualSpan)]);
        rows.Add([new FormTableCell("", Merge: RowMerge.Continue), new FormTableCell(form.Goals.Expected, expectedSpan), new FormTableCell(form.Goals.Actual, actualSpan)]);
        rows.Add([.. XlsxLayout.IndicatorHeader.Select(h => Label(h))]);
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var row = form.Indicators[i];
            var previous = i > 0 ? form.Indicators[i - 1] : null;
            var sameLevel1 = previous is not null && previous.Level1 == row.Level1;
            var sameLevel2 = sameLevel1 && previous!.Level2 == row.Level2;
            rows.Add(
            [
                new FormTableCell(sameLevel1 ? "" : row.Level1, Merge: sameLevel1 ? RowMerge.Continue : RowMerge.Restart),
                new FormTableCell(sameLevel2 ? "" : row.Level2, Merge: sameLevel2 ? RowMerge.Continue : RowMerge.Restart),
                new FormTableCell(row.Name), new FormTableCell(row.Target), new FormTableCell(row.Actual),
                Num(a(row.Weight)), Num(a(row.ClaimedScore)), new FormTableCell(row.DeviationReason ?? ""),
            ]);
        }

        var weights = form.Funds.Weight + form.Indicators.Sum(i => i.Weight);
        rows.Add([Label(XlsxLayout.TotalLabel, XlsxLayout.WeightColumn - 1), Num(a(weights)), Num(a(form.ClaimedTotal)), new FormTableCell("")]);
        rows.Add([Label(XlsxLayout.GradeLabel, XlsxLayout.GradeColumn - 1), new FormTableCell(form.ClaimedGrade ?? "", columns - XlsxLayout.GradeColumn + 1)]);
        if (form.Kind == FormKind.DepartmentWide)
        {
            // 部门基本数据, as the .xlsx has it under the grade.
            rows.Add([Label(XlsxLayout.DepartmentBlockLabel, columns)]);
            var figures = XlsxLayout.DepartmentFigures(form.Department);
            for (var r = 0; r < XlsxLayout.DepartmentLabels.Length; r++)
            {
                var cells = new List<FormTableCell>();
                for (var p = 0; p < XlsxLayout.DepartmentLabelColumns.Length; p++)
                {
                    var last = p == XlsxLayout.DepartmentLabelColumns.Length - 1;
                    cells.Add(Label(XlsxLayout.DepartmentLabels[r][p]));
                    var staff = r == 0 && p < 2;
                    var text = figures[r][p] is { } f ? staff ? f.ToString("0", CultureInfo.InvariantCulture) : a(f) : "";
                    cells.Add(new FormTableCell(text, last ? columns - XlsxLayout.DepartmentLabelColumns[p] : 1, Number: true));
                }

                rows.Add(cells);
            }
        }

        return rows;
    }

    private static FormTableCell Label(string text, int span = 1) => new(text, span, Bold: true);

    private static FormTableCell Num(string text) => new(text, Number: true);
}
