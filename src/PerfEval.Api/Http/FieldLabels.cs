using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfEval.Api.Http;

/// <summary>A field of a request as a person calls it, in Chinese and English.</summary>
public sealed record FieldLabel(string Zh, string En)
{
    public string Text => Language.Pick(Zh, En);
}

/// <summary>
/// The one catalogue of request fields by name: a machine path (<c>header.projectName</c>,
/// <c>indicators[8].claimedScore</c>, <c>forms[0].funds.total.executed</c>, <c>year</c>) becomes the label a person
/// understands ("项目名称", "第9行 三级指标「注册会员卡数」的得分"). Problems keep the path as the key of
/// <c>errors</c> and add the label beside it in <c>fields</c>.
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, FieldLabel> Header = new()
    {
        ["projectName"] = new("项目名称", "Project name"),
        ["competentDepartment"] = new("主管部门", "Competent department"),
        ["implementingUnit"] = new("实施单位", "Implementing unit"),
        ["fiscalYear"] = new("年度", "Fiscal year"),
    };

    private static readonly Dictionary<string, FieldLabel> FundsRows = new()
    {
        ["total"] = new("年度资金总额", "Total funds"),
        ["currentAppropriation"] = new("当年财政拨款", "Current-year appropriation"),
        ["carryOver"] = new("上年结转资金", "Carry-over funds"),
        ["other"] = new("其他资金", "Other funds"),
    };

    private static readonly Dictionary<string, FieldLabel> FundsColumns = new()
    {
        ["initialBudget"] = new("年初预算数", "initial budget"),
        ["fullYearBudget"] = new("全年预算数", "full-year budget"),
        ["executed"] = new("全年执行数", "amount executed"),
        ["claimedRate"] = new("执行率", "execution rate"),
    };

    private static readonly Dictionary<string, FieldLabel> IndicatorCells = new()
    {
        ["level1"] = new("一级指标", "level-1 heading"),
        ["level2"] = new("二级指标", "level-2 heading"),
        ["name"] = new("三级指标名称", "name"),
        ["target"] = new("年度指标值", "target"),
        ["actual"] = new("实际完成值", "actual value"),
        ["weight"] = new("分值", "weight"),
        ["claimedScore"] = new("得分", "score"),
        ["deviationReason"] = new("偏差原因", "reason for deviation"),
        ["scoringMethod"] = new("评分方法", "scoring method"),
        ["comparator"] = new("比较方式", "comparison"),
    };

    private static readonly Dictionary<string, FieldLabel> Whole = new()
    {
        ["header"] = new("表头", "Header"),
        ["funds"] = new("项目资金", "Funds"),
        ["funds.weight"] = new("预算执行率的分值", "Weight of budget execution"),
        ["funds.claimedScore"] = new("预算执行率的得分", "Score of budget execution"),
        ["budget"] = new("项目资金", "Budget"),
        ["goals"] = new("年度总体目标", "Annual goals"),
        ["goals.expected"] = new("年度总体目标的预期目标", "Expected goals"),
        ["goals.actual"] = new("年度总体目标的实际完成情况", "Goals achieved"),
        ["executionWeight"] = new("预算执行率的分值", "Weight of budget execution"),
        ["indicators"] = new("绩效指标", "Indicators"),
        ["claimedTotal"] = new("总分", "Total score"),
        ["claimedGrade"] = new("自评等级", "Grade"),
        ["body"] = new("请求内容", "Request body"),
        ["file"] = new("文件", "File"),
        ["format"] = new("文件格式", "Format"),
        ["year"] = new("年度", "Year"),
        ["fiscalYear"] = new("年度", "Fiscal year"),
        ["mode"] = new("导入方式", "Import mode"),
        ["kind"] = new("表类型", "Form kind"),
        ["forms"] = new("所选自评表", "Chosen forms"),
        ["departmentId"] = new("部门", "Department"),
        ["unitId"] = new("单位", "Unit"),
        ["page"] = new("页码", "Page"),
        ["pageSize"] = new("每页条数", "Page size"),
        ["assignee"] = new("处理人", "Assignee"),
        ["text"] = new("内容", "Text"),
        ["reason"] = new("理由", "Reason"),
        ["score"] = new("分数", "Score"),
        ["remark"] = new("备注", "Remark"),
        ["grade"] = new("等级", "Grade"),
        ["dueDate"] = new("截止日期", "Due date"),
        ["deadline"] = new("截止日期", "Deadline"),
        ["Idempotency-Key"] = new("请求编号（Idempotency-Key）", "Request key (Idempotency-Key)"),
        ["asOf"] = new("查看时点", "Point in time (asOf)"),
        ["target"] = new("调整对象", "Adjusted item"),
    };

    /// <summary>
    /// The label of <paramref name="path"/> (leading <c>$.</c> allowed), or null when the path is not one a person
    /// fills in by name. <paramref name="indicatorName"/> gives the name of an indicator row, when known, so the row
    /// is named as well as numbered.
    /// </summary>
    public static FieldLabel? For(string path, Func<int, string?>? indicatorName = null)
    {
        var p = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path == "$" ? "body" : path;
        var form = FormPrefix().Match(p);
        if (form.Success)
        {
            var n = Number(form.Groups[1].Value);
            var inner = For(p[form.Length..], null);
            return inner is null
                ? new FieldLabel($"第{n}张表", $"Form {n}")
                : new FieldLabel($"第{n}张表的{inner.Zh}", $"Form {n}: {inner.En}");
        }

        if (Whole.TryGetValue(p, out var whole))
        {
            return whole;
        }

        var parts = p.Split('.');
        if (parts is ["header", var h] && Header.TryGetValue(h, out var header))
        {
            return header;
        }

        if (parts is ["funds" or "budget", var row] && FundsRows.TryGetValue(row, out var r))
        {
            return r;
        }

        if (parts is ["funds", var row2, var column] && FundsRows.TryGetValue(row2, out var r2) && FundsColumns.TryGetValue(column, out var c))
        {
            return new FieldLabel($"{r2.Zh}的{c.Zh}", $"{r2.En}: {c.En}");
        }

        var indicator = IndicatorPrefix().Match(p);
        if (indicator.Success)
        {
            var index = int.Parse(indicator.Groups[1].Value, CultureInfo.InvariantCulture);
            var name = indicatorName?.Invoke(index);
            var rowZh = string.IsNullOrWhiteSpace(name) ? $"第{index + 1}行指标" : $"第{index + 1}行 三级指标「{name}」";
            var rowEn = string.IsNullOrWhiteSpace(name) ? $"Indicator row {index + 1}" : $"Row {index + 1} indicator “{name}”";
            var rest = p[indicator.Length..];
            if (rest.Length == 0)
            {
                return new FieldLabel(rowZh, rowEn);
            }

            return IndicatorCells.TryGetValue(rest.TrimStart('.'), out var cell)
                ? new FieldLabel($"{rowZh}的{cell.Zh}", $"{rowEn}: {cell.En}")
                : new FieldLabel(rowZh, rowEn);
        }

        return null;
    }

    private static int Number(string index) => int.Parse(index, CultureInfo.InvariantCulture) + 1;

    [GeneratedRegex(@"^forms\[(\d+)\]\.?")]
    private static partial Regex FormPrefix();

    [GeneratedRegex(@"^indicators\[(\d+)\]")]
    private static partial Regex IndicatorPrefix();
}
