using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// The department-wide form 部门（单位）整体支出绩效自评表 (tests/…/TestData/department-wide, README there): the made-up
/// documents print the figures of <see cref="DepartmentWideSample"/>, so each reads back as that form, cell by cell.
/// </summary>
public class DepartmentWideGoldenTests
{
    private static string[] Lines(string name) => RegionalDocuments.Text("department-wide", name).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private static ImportResult Read(string name) => RegionalDocuments.Read("department-wide", name);

    [Fact]
    public void Row_per_line_form_with_the_departments_figures_reads_as_the_sample()
    {
        var result = Read("row-per-line-with-figures.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormOutcomeStatus.Read, outcome.Status);
        Assert.Equal(FormLayouts.DepartmentWide, outcome.Layout);
        Assert.Empty(outcome.Findings);
        var form = outcome.Form!;
        Assert.Equal(FormKind.DepartmentWide, form.Kind);
        Assert.Equal(new FormHeader { ProjectName = "部门整体支出", CompetentDepartment = DepartmentWideSample.Department, ImplementingUnit = DepartmentWideSample.Department, FiscalYear = 2024 }, form.Header);
        Assert.Equal(DepartmentWideSample.Form().Funds, form.Funds);
        Assert.Equal(DepartmentWideSample.Form().Department, form.Department);
        Assert.Equal(DepartmentWideSample.Form().Indicators, form.Indicators);
        Assert.Equal(DepartmentWideSample.Form(), form);
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("2024年度部门整体支出绩效自评报告", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("填表人", StringComparison.Ordinal));
    }

    [Fact]
    public void Cell_per_line_form_without_the_figures_block_takes_the_project_expenditure_from_its_row()
    {
        var result = Read("cell-per-line-expenditure-rows.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormLayouts.DepartmentWide, outcome.Layout);
        Assert.Empty(outcome.Findings);
        var expected = DepartmentWideSample.Form() with { Department = new DepartmentFacts { ProjectExpenditure = 800m } };
        Assert.Equal(expected, outcome.Form);
        Assert.Contains(result.Skipped, s => s.Text == "第 2 页");
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("关于公开", StringComparison.Ordinal));
    }

    [Fact]
    public void A_form_cut_off_in_its_indicators_keeps_what_was_read_and_is_not_stored()
    {
        var lines = Lines("row-per-line-with-figures.txt");
        var cut = lines.Take(Array.FindIndex(lines, l => l.StartsWith("产出指标", StringComparison.Ordinal))).ToArray();

        var result = PdfTextFormImporter.Import(string.Join('\n', cut));

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormOutcomeStatus.Incomplete, outcome.Status);
        Assert.Equal(FormLayouts.DepartmentWide, outcome.Layout);
        Assert.Empty(result.Forms);
        Assert.Equal("部门整体支出", outcome.Partial!.ProjectName);
        Assert.Equal(DepartmentWideSample.Department, outcome.Partial.CompetentDepartment);
        Assert.Equal(2024, outcome.Partial.FiscalYear);
        Assert.Equal(DepartmentWideSample.Form().Funds, outcome.Partial.Funds);
        Assert.Equal(DepartmentWideSample.Form().Goals, outcome.Partial.Goals);
        Assert.Equal(DepartmentWideSample.Form().Indicators.Take(3), outcome.Partial.Indicators);
        Assert.Equal(ImportFindings.Incomplete, Assert.Single(outcome.Findings).Code);
    }

    [Fact]
    public void A_form_cut_off_after_its_figures_keeps_them()
    {
        var lines = Lines("row-per-line-with-figures.txt");
        var cut = lines.Take(Array.FindIndex(lines, l => l.StartsWith("年度总体目标", StringComparison.Ordinal))).ToArray();

        var outcome = Assert.Single(PdfTextFormImporter.Import(string.Join('\n', cut)).Outcomes);

        Assert.Equal(FormOutcomeStatus.Incomplete, outcome.Status);
        Assert.Equal(DepartmentWideSample.Form().Department, outcome.Partial!.Department);
        Assert.Null(outcome.Partial.Goals);
    }

    [Fact]
    public void Figures_labelled_in_yuan_are_converted_to_wan_yuan()
    {
        var lines = Lines("row-per-line-with-figures.txt")
            .Select(l => l.StartsWith("本年度", StringComparison.Ordinal) ? "本年度“三公”经费（元） 186,000.00 上年度“三公”经费（元） 200000" : l);

        var form = Assert.Single(PdfTextFormImporter.Import(string.Join('\n', lines)).Forms);

        Assert.Equal(DepartmentWideSample.Form(), form);
    }

    /// <summary>The newer template's income rows: 一般公共预算 + 政府性基金预算 + 国有资本经营预算 as 财政拨款, 财政专户管理资金 + 单位资金 as 其他资金.</summary>
    private static readonly FundsTable IncomeRowsFunds = DepartmentWideSample.Form().Funds with
    {
        CurrentAppropriation = new FundsRow { InitialBudget = 1100m, FullYearBudget = 1150m, Executed = 1115.5m },
        CarryOver = new FundsRow(),
        Other = new FundsRow { InitialBudget = 100m, FullYearBudget = 100m, Executed = 97m },
    };

    [Fact]
    public void The_newer_templates_income_rows_are_summed_into_the_appropriation_and_other_funds_rows_and_said()
    {
        var result = Read("income-rows-2021-template.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormOutcomeStatus.Read, outcome.Status);
        Assert.Equal(FormLayouts.DepartmentWide, outcome.Layout);
        var form = outcome.Form!;
        Assert.Equal(IncomeRowsFunds, form.Funds);
        Assert.Equal(DepartmentWideSample.Form() with { Funds = IncomeRowsFunds }, form);
        Assert.Equal(
            [("funds.currentAppropriation", ImportFindings.FundsRowsMergedCode), ("funds.other", ImportFindings.FundsRowsMergedCode)],
            outcome.Findings.Select(f => (f.Path, f.Code)));
        Assert.Contains("一般公共预算、政府性基金预算", outcome.Findings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("国有资本经营预算", outcome.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("财政专户管理资金、单位资金", outcome.Findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("其他资金", outcome.Findings[1].Message, StringComparison.Ordinal);
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("单位负责人", StringComparison.Ordinal));
    }

    [Fact]
    public void The_income_rows_still_add_up_to_the_total_and_the_form_scores_as_printed()
    {
        var form = Assert.Single(Read("income-rows-2021-template.txt").Forms);

        var rows = new[] { form.Funds.CurrentAppropriation, form.Funds.CarryOver, form.Funds.Other };
        Assert.Equal(form.Funds.Total.InitialBudget, rows.Sum(r => r.InitialBudget ?? 0m));
        Assert.Equal(form.Funds.Total.FullYearBudget, rows.Sum(r => r.FullYearBudget ?? 0m));
        Assert.Equal(form.Funds.Total.Executed, rows.Sum(r => r.Executed ?? 0m));
        var card = ScoringEngine.Score(form);
        Assert.Empty(card.Findings);
        Assert.Equal(99.38m, card.ComputedTotal);
    }

    [Fact]
    public void One_income_row_holding_amounts_is_taken_as_printed_with_its_rate_and_nothing_said()
    {
        var lines = Lines("income-rows-2021-template.txt").Select(l => l switch
        {
            _ when l.StartsWith("其中：一般公共预算", StringComparison.Ordinal) => "其中：一般公共预算 1,150.00 1,200.00 1,164.00 97% 其中：基本支出 400.00 450.00 440.00",
            _ when l.StartsWith("政府性基金预算", StringComparison.Ordinal) => "政府性基金预算 0.00 0.00 0.00 项目支出 800.00 800.00 772.50",
            _ when l.StartsWith("财政专户管理资金", StringComparison.Ordinal) => "财政专户管理资金 50.00 50.00 48.50 97%",
            _ when l.StartsWith("单位资金", StringComparison.Ordinal) => "单位资金 - - -",
            _ => l,
        });

        var outcome = Assert.Single(PdfTextFormImporter.Import(string.Join('\n', lines)).Outcomes);

        Assert.Empty(outcome.Findings);
        Assert.Equal(DepartmentWideSample.Form().Funds.CurrentAppropriation, outcome.Form!.Funds.CurrentAppropriation);
        Assert.Equal(new FundsRow { InitialBudget = 50m, FullYearBudget = 50m, Executed = 48.5m, ClaimedRate = 97m }, outcome.Form.Funds.Other);
    }

    [Fact]
    public void A_财政拨款_row_printed_with_the_three_budgets_is_their_total_and_they_are_not_added_to_it()
    {
        var lines = Lines("income-rows-2021-template.txt").ToList();
        var at = lines.FindIndex(l => l.StartsWith("其中：一般公共预算", StringComparison.Ordinal));
        lines.Insert(at, "财政拨款 1,100.00 1,150.00 1,115.50 97%");

        var outcome = Assert.Single(PdfTextFormImporter.Import(string.Join('\n', lines)).Outcomes);

        Assert.Equal(new FundsRow { InitialBudget = 1100m, FullYearBudget = 1150m, Executed = 1115.5m, ClaimedRate = 97m }, outcome.Form!.Funds.CurrentAppropriation);
        Assert.Equal(IncomeRowsFunds.Other, outcome.Form.Funds.Other);
        Assert.Equal("funds.other", Assert.Single(outcome.Findings).Path);
    }

    [Fact]
    public void A_budget_row_the_layout_does_not_know_refuses_the_form_at_its_line()
    {
        var lines = Lines("row-per-line-with-figures.txt").ToList();
        var at = lines.FindIndex(l => l.StartsWith("其他资金", StringComparison.Ordinal));
        lines.Insert(at, "社会保险基金预算 10.00 10.00 10.00");

        var result = PdfTextFormImporter.Import(string.Join('\n', lines));

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormOutcomeStatus.Refused, outcome.Status);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal($"line {at + 1}", problem.Location);
        Assert.Contains("预算执行表的行", problem.Message);
        Assert.Empty(result.Forms);
    }

    [Fact]
    public void A_budget_in_yuan_by_the_unit_line_above_the_table_is_converted_to_wan_yuan_and_said()
    {
        string[] lines =
        [
            "部门整体支出绩效自评表",
            "部门名称 示例区档案馆 年度 2023",
            "金额单位：元",
            "年度预算执行情况 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 1,000,000.00 1,000,000.00 950,000.00 10 95% 9.5",
            "财政拨款 1,000,000.00 1,000,000.00 950,000.00 95%",
            "年度总体目标 保障档案馆运转。 已保障。",
            "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
            "产出指标 数量指标 档案接收数 ≥1000卷 1200卷 90 90",
            "总分 100 99.5",
        ];

        var outcome = Assert.Single(PdfTextFormImporter.Import(string.Join('\n', lines)).Outcomes);

        var form = outcome.Form!;
        Assert.Equal(new FormHeader { ProjectName = "部门整体支出", CompetentDepartment = "示例区档案馆", ImplementingUnit = "示例区档案馆", FiscalYear = 2023 }, form.Header);
        Assert.Equal(new FundsRow { InitialBudget = 100m, FullYearBudget = 100m, Executed = 95m, ClaimedRate = 95m }, form.Funds.Total);
        Assert.Equal(new FundsRow(), form.Funds.CarryOver);
        Assert.Null(form.Department);
        Assert.Null(form.ClaimedGrade);
        Assert.Contains(outcome.Findings, f => f.Code == ImportFindings.AmountsInYuan);
    }

    [Fact]
    public void A_form_published_unscored_is_read_as_an_unscored_draft_without_total_or_grade()
    {
        var lines = Lines("row-per-line-with-figures.txt").Select(Unscored).ToArray();

        var result = PdfTextFormImporter.Import(string.Join('\n', lines));

        var form = Assert.Single(result.Forms);
        Assert.All(form.Indicators, r => Assert.Null(r.ClaimedScore));
        Assert.Null(form.ClaimedTotal);
        Assert.Null(form.ClaimedGrade);
        Assert.Null(form.Funds.ClaimedScore);
        Assert.Contains(result.Outcomes[0].Findings, f => f.Code == ImportFindings.Unscored);

        // The indicator rows lose their score, 总分 its score, 评分等级 its grade.
        static string Unscored(string line)
        {
            var words = line.Split(' ');
            return line switch
            {
                "总分 100 99.38" => "总分 100",
                "评分等级 优" => "评分等级",
                _ when words.Length >= 5 && words[^1] == words[^2] => string.Join(' ', words[..^1]),
                _ when line.StartsWith("时效指标", StringComparison.Ordinal) => "时效指标 重点任务按期完成率 ≥95% 92% 10",
                _ => line,
            };
        }
    }

    [Fact]
    public void A_department_wide_form_and_project_forms_in_one_document_are_each_read_as_their_kind()
    {
        var text = RegionalDocuments.Text("department-wide", "row-per-line-with-figures.txt") + "\n" + RegionalDocuments.Text("central", "row-per-line-zero-total.txt");

        var result = PdfTextFormImporter.Import(text);

        Assert.Equal([FormLayouts.DepartmentWide, FormLayouts.Central], result.Outcomes.Select(o => o.Layout));
        Assert.Equal([FormKind.DepartmentWide, FormKind.Project], result.Forms.Select(f => f.Kind));
        Assert.Null(result.Forms[1].Department);
    }
}
