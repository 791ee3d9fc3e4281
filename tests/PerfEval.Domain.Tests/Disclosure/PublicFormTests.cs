using System.Text;
using PerfEval.Domain.Disclosure;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Disclosure;

/// <summary>docs/domain-rules.md#public-disclosure: what of a form the public site shows, and the open-data files.</summary>
public sealed class PublicFormTests
{
    private static Evaluation Fold(IEnumerable<object> events) =>
        events.Aggregate((Evaluation?)null, EvaluationEvolution.Evolve)!;

    /// <summary>Every event up to publication (the lifecycle's Everything, before its re-check and reopening).</summary>
    private static Evaluation PublishedWithEverything()
    {
        var events = SeedLifecycle.Everything(SeedForms.FlexibleEmployment);
        var published = events.TakeWhile(e => e is not EvaluationPublished).Count() + 1;
        var recheck = events.Skip(published).TakeWhile(e => e is not EvaluationReopened);
        return Fold([.. events.Take(published), .. recheck]);
    }

    [Fact]
    public void Only_a_published_form_is_public()
    {
        var events = SeedLifecycle.Everything(SeedForms.FlexibleEmployment);
        for (var n = 1; n <= events.Count; n++)
        {
            var state = Fold(events.Take(n));
            Assert.Equal(state.Status == EvaluationStatus.Published, PublicForm.IsPublic(state));
        }

        Assert.False(PublicForm.IsPublic(null));
        Assert.Equal(EvaluationStatus.RevisionRequested, Fold(events).Status);
    }

    [Fact]
    public void The_public_form_carries_the_official_cells_and_final_figures_and_nothing_of_the_review()
    {
        var state = PublishedWithEverything();
        Assert.NotEmpty(state.Comments);
        Assert.NotEmpty(state.Rechecks);
        Assert.NotEmpty(state.Evidence);

        var shown = PublicForm.Of(state, PublicSettings.Default);

        Assert.Equal("灵活就业工作经费", shown.ProjectName);
        Assert.Equal(state.Form.Indicators.Count, shown.Indicators.Count);
        Assert.Equal(state.Form.Indicators[0].Target, shown.Indicators[0].Target);
        Assert.Equal(state.Form.Indicators[0].ClaimedScore, shown.Indicators[0].Score);
        Assert.Equal(95m, shown.FinalTotal);
        Assert.Equal("优", shown.FinalGrade);
        Assert.Equal(100m, shown.WeightsTotal);
        var text = System.Text.Json.JsonSerializer.Serialize(shown);
        foreach (var secret in new[] { "请补充偏差原因", "未说明原因", "补充偏差原因", "目标无法量化", "验收报告.pdf", "审核人", "FH-06", "r2", "u1" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Withheld_fields_are_null_and_named()
    {
        var settings = new PublicSettings
        {
            HiddenFields = [PublicFields.IndicatorActual, PublicFields.DeviationReason, PublicFields.Executed, PublicFields.ImplementingUnit],
        };

        var shown = PublicForm.Of(PublishedWithEverything(), settings);

        Assert.All(shown.Indicators, i => Assert.Null(i.Actual));
        Assert.All(shown.Indicators, i => Assert.Null(i.DeviationReason));
        Assert.All(shown.Indicators, i => Assert.NotNull(i.Target));
        Assert.Null(shown.Funds.Total.Executed);
        Assert.NotNull(shown.Funds.Total.FullYearBudget);
        Assert.Null(shown.ImplementingUnit);
        Assert.Equal(["实施单位", "全年执行数", "实际完成值", "偏差原因分析及改进措施"], shown.HiddenFields.Select(f => f.Label));
    }

    [Fact]
    public void Settings_keep_known_keys_once_in_catalogue_order_and_refuse_unknown_ones()
    {
        var (keys, error) = PublicFields.Normalize(["selfTotal", "implementingUnit", "selfTotal"]);
        Assert.Null(error);
        Assert.Equal(["implementingUnit", "selfTotal"], keys);

        Assert.Equal("public.unknown_field", PublicFields.Normalize(["implementingUnit", "comments"]).Error?.Code);
        Assert.Equal("hiddenFields[1]", PublicFields.Normalize(["implementingUnit", "comments"]).Error?.Field);
        Assert.Equal("public.unknown_field", PublicFields.Normalize([null]).Error?.Code);
        Assert.Equal("public.hidden_fields_required", PublicFields.Normalize(null).Error?.Code);
        Assert.Equal("public.too_many_fields", PublicFields.Normalize([.. Enumerable.Repeat("selfTotal", 51)]).Error?.Code);
        Assert.Empty(PublicFields.Normalize([]).Keys);
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+86 21", "\"'+86 21\"")]
    [InlineData("-5", "\"'-5\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("说\"明\"", "\"说\"\"明\"\"\"")]
    [InlineData("灵活就业", "\"灵活就业\"")]
    [InlineData("", "\"\"")]
    public void A_csv_cell_is_quoted_and_a_formula_like_start_neutralised(string value, string cell) =>
        Assert.Equal(cell, OpenData.Cell(value));

    [Fact]
    public void The_csv_is_utf8_with_a_bom_one_row_per_published_form_amounts_with_two_decimals()
    {
        var published = PublishedWithEverything();
        var draft = Fold(SeedLifecycle.Everything(SeedForms.FlexibleEmployment).Take(1));

        var csv = OpenData.ToCsv(OpenData.Rows([published, draft]), PublicSettings.Default);

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("\"编号\",\"年度\",\"主管部门编码\",\"主管部门\",\"实施单位\",\"项目名称\",\"表类型\",\"全年预算数（万元）\",\"全年执行数（万元）\",\"执行率（%）\",\"自评总分\",\"最终得分\",\"评价等级\"", lines[0]);
        Assert.EndsWith("\"95.00\",\"优\"", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"\"{published.Id}\",\"2024\",\"dept-1\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"灵活就业工作经费\",\"项目支出\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_row_says_its_forms_kind_in_words_in_the_csv_and_by_name_in_the_json()
    {
        var project = PublishedWithEverything();
        var department = project with { Id = Guid.NewGuid(), Form = DepartmentWideSample.Form() };

        var rows = OpenData.Rows([project, department]);
        var csv = Encoding.UTF8.GetString(OpenData.ToCsv(rows, PublicSettings.Default)[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var json = OpenData.ToObjects(rows, PublicSettings.Default);

        Assert.Contains("\"灵活就业工作经费\",\"项目支出\",", Assert.Single(csv, l => l.Contains(project.Id.ToString(), StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("\"部门整体支出\",\"部门整体支出\",", Assert.Single(csv, l => l.Contains(department.Id.ToString(), StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(FormKind.Project, Assert.Single(json, r => (Guid)r["id"]! == project.Id)["kind"]);
        Assert.Equal(FormKind.DepartmentWide, Assert.Single(json, r => (Guid)r["id"]! == department.Id)["kind"]);
        Assert.Contains("kind", OpenData.Columns(new PublicSettings { HiddenFields = [.. PublicFields.All.Select(f => f.Key)] }).Select(c => c.Key));
    }

    [Fact]
    public void A_withheld_field_drops_its_column_from_both_files()
    {
        var settings = new PublicSettings { HiddenFields = [PublicFields.ImplementingUnit, PublicFields.SelfTotal] };
        var rows = OpenData.Rows([PublishedWithEverything()]);

        var header = Encoding.UTF8.GetString(OpenData.ToCsv(rows, settings)[3..]).Split("\r\n")[0];
        var json = Assert.Single(OpenData.ToObjects(rows, settings));

        Assert.DoesNotContain("实施单位", header, StringComparison.Ordinal);
        Assert.DoesNotContain("自评总分", header, StringComparison.Ordinal);
        Assert.False(json.ContainsKey("implementingUnit"));
        Assert.False(json.ContainsKey("selfTotal"));
        Assert.Equal(95m, json["finalTotal"]);
    }
}
