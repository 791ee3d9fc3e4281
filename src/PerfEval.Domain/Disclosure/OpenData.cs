using System.Globalization;
using System.Text;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Disclosure;

/// <summary>
/// The open-data export of a year's published figures (docs/domain-rules.md#open-data): one row per published form,
/// the same in CSV and JSON. A column of a field the settings withhold is left out of both.
/// </summary>
public static class OpenData
{
    /// <summary>One column: its key (the JSON member), its CSV heading, and the field that withholds it, if any.</summary>
    public sealed record Column(string Key, string Heading, string? WithheldBy, Func<PublicFormSummaryRow, object?> Value);

    /// <summary>What a row carries, taken from the form's content and final figures only.</summary>
    public sealed record PublicFormSummaryRow(
        Guid Id, int FiscalYear, string DepartmentId, string CompetentDepartment, string ImplementingUnit, string ProjectName, FormKind Kind,
        decimal? FullYearBudget, decimal? Executed, decimal? ExecutionRate, decimal? SelfTotal, decimal FinalTotal, string FinalGrade)
    {
        public static PublicFormSummaryRow Of(Evaluation e) => new(
            e.Id, e.FiscalYear, e.DepartmentId, e.Form.Header.CompetentDepartment, e.Form.Header.ImplementingUnit,
            e.Form.Header.ProjectName, e.Form.Kind, e.Form.Funds.Total.FullYearBudget, e.Form.Funds.Total.Executed,
            e.Form.Funds.Total.ClaimedRate, e.Form.ClaimedTotal, e.FinalTotal ?? e.ReviewedTotal, e.FinalGrade ?? e.ReviewedGrade);
    }

    public static IReadOnlyList<Column> AllColumns { get; } =
    [
        new("id", "编号", null, r => r.Id),
        new("fiscalYear", "年度", null, r => r.FiscalYear),
        new("departmentId", "主管部门编码", null, r => r.DepartmentId),
        new("competentDepartment", "主管部门", null, r => r.CompetentDepartment),
        new("implementingUnit", "实施单位", PublicFields.ImplementingUnit, r => r.ImplementingUnit),
        new("projectName", "项目名称", null, r => r.ProjectName),
        new("kind", "表类型", null, r => r.Kind),
        new("fullYearBudget", "全年预算数（万元）", PublicFields.FullYearBudget, r => r.FullYearBudget),
        new("executed", "全年执行数（万元）", PublicFields.Executed, r => r.Executed),
        new("executionRate", "执行率（%）", PublicFields.ExecutionRate, r => r.ExecutionRate),
        new("selfTotal", "自评总分", PublicFields.SelfTotal, r => r.SelfTotal),
        new("finalTotal", "最终得分", null, r => r.FinalTotal),
        new("finalGrade", "评价等级", null, r => r.FinalGrade),
    ];

    /// <summary>The columns the settings let out, in order.</summary>
    public static IReadOnlyList<Column> Columns(PublicSettings settings) =>
        [.. AllColumns.Where(c => c.WithheldBy is null || !settings.Hides(c.WithheldBy))];

    /// <summary>Only published forms, by department, then project, then id.</summary>
    public static IReadOnlyList<PublicFormSummaryRow> Rows(IEnumerable<Evaluation> forms) =>
        Ordered(forms.Where(PublicForm.IsPublic).Select(PublicFormSummaryRow.Of));

    /// <summary>Rows read straight from the published forms' documents, in the files' order.</summary>
    public static IReadOnlyList<PublicFormSummaryRow> Ordered(IEnumerable<PublicFormSummaryRow> rows) =>
        [.. rows.OrderBy(r => r.DepartmentId, StringComparer.Ordinal)
            .ThenBy(r => r.ProjectName, StringComparer.Ordinal)
            .ThenBy(r => r.Id)];

    /// <summary>
    /// The rows as CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark so that Excel reads the Chinese. Every cell is
    /// quoted; a cell that begins with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe, so a
    /// spreadsheet shows it as text instead of running it as a formula.
    /// </summary>
    public static byte[] ToCsv(IReadOnlyList<PublicFormSummaryRow> rows, PublicSettings settings)
    {
        var columns = Columns(settings);
        var text = new StringBuilder();
        text.Append(string.Join(',', columns.Select(c => Cell(c.Heading)))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', columns.Select(c => Cell(Text(c.Value(row)))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The rows as objects of the same columns, for the JSON answer (numbers stay numbers).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> ToObjects(
        IReadOnlyList<PublicFormSummaryRow> rows, PublicSettings settings)
    {
        var columns = Columns(settings);
        return [.. rows.Select(r => (IReadOnlyDictionary<string, object?>)columns.ToDictionary(
            c => c.Key, c => c.Value(r)))];
    }

    /// <summary>One CSV cell: neutralised against formula injection, then quoted.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The form's kind as the CSV's 表类型 says it.</summary>
    public static string KindText(FormKind kind) => kind == FormKind.DepartmentWide ? "部门整体支出" : "项目支出";

    /// <summary>A value as CSV text: amounts and scores with two decimals, as the form prints them; the kind in words.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        FormKind kind => KindText(kind),
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
