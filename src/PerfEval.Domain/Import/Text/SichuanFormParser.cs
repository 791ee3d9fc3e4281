using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Domain.Forms;
using static PerfEval.Domain.Import.Text.RegionalCells;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Sichuan's 部门预算项目支出绩效自评表, read as a stream of cells so that a row per line, a cell per line, pipe-separated
/// tables and cells run together with no separator read alike: 项目名称, 主管部门, 实施单位（盖章）; 项目年度目标 and
/// 年度目标完成情况; 预算执行情况（10分） with 总额 (年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重, 得分, 原因) and the
/// rows under it (财政资金, 财政专户管理资金, 单位资金, 其他资金); 绩效指标（90分） with the columns 一级指标, 二级指标,
/// 三级指标, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析; 合计 with the weights' total and the score.
/// The target is 指标性质 + 指标值 + 度量单位 ("≥100%"); a numeric 完成值 takes the unit too ("98%").
/// </summary>
internal sealed partial class SichuanFormParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits)
    : CellFormParser(lines, start, end, limits, Of(lines, start, end, Labels))
{
    private static readonly string[] Labels =
    [
        "项目名称", "主管部门", "实施单位", "项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况",
        "2.项目实施内容及过程概述", "预算执行情况", "绩效指标", "评价结论",
    ];

    private static readonly string[] FundsLabels = ["总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"];
    private static readonly string[] ExtraFundsLabels = ["财政专户管理资金", "单位资金"];
    private static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"];

    public EvaluationForm Parse(FormTitle title)
    {
        var year = ReadYear(title);
        Partial = Partial with { FiscalYear = year };
        var projectName = ReadField("项目名称", ["主管部门"], "项目名称", "the 项目名称 (project name)");
        Partial = Partial with { ProjectName = projectName };
        var department = ReadField("主管部门", ["实施单位"], "主管部门", "the 主管部门 (department)");
        var unit = ReadField("实施单位", ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标"], "实施单位", "the 实施单位 (implementing unit)");
        Partial = Partial with { CompetentDepartment = department, ImplementingUnit = unit };
        var goals = ReadGoals();
        Partial = Partial with { Goals = goals };
        var funds = ReadFunds();
        Partial = Partial with { Funds = funds };
        var (rows, weightTotal, total) = ReadIndicators();

        var unscored = rows.All(r => r.ClaimedScore is null);
        if (unscored)
        {
            _findings.Add(ImportFindings.UnscoredForm(rows.Count));
        }

        var form = new EvaluationForm
        {
            Header = new FormHeader { ProjectName = projectName, CompetentDepartment = department, ImplementingUnit = unit, FiscalYear = year },
            Funds = unscored ? funds with { ClaimedScore = null } : funds,
            Goals = goals,
            Indicators = rows,
            ClaimedTotal = unscored ? null : total,
            ClaimedGrade = null,
        };
        _findings.AddRange(ImportFindings.Of(form, weightTotal));
        return form;
    }

    private int ReadYear(FormTitle title)
    {
        var text = title.LeadingYear is { } leading ? leading + "年" : title.YearText;
        if (text is null && _at < _cells.Count && FormTitles.IsYearText(_cells[_at].Text))
        {
            text = _cells[_at++].Text;
        }

        var line = _lines[_start];
        var digits = YearDigits().Match(text ?? "");
        if (!digits.Success || !int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !FiscalYears.IsAccepted(year))
        {
            throw TextFormatException.At(line, "四位年份，如“部门预算项目支出绩效自评表(2023年度)”", "a four-digit year, e.g. 部门预算项目支出绩效自评表(2023年度)");
        }

        return year;
    }

    private string ReadField(string label, string[] next, string expectedZh, string expectedEn)
    {
        // "报表编号:…" and other cells before the first label are not part of the form's figures.
        if (label == "项目名称")
        {
            while (_at < _cells.Count && !_cells[_at].Text.StartsWith(label, StringComparison.Ordinal) && _at < 4)
            {
                _at++;
            }
        }

        var cell = Expect(c => c.StartsWith(label, StringComparison.Ordinal), expectedZh, expectedEn);
        var parts = new List<string>();
        var glued = StripSeal(cell.Text[label.Length..].TrimStart(':', '：'));
        if (glued.Length > 0)
        {
            parts.Add(glued);
        }

        while (_at < _cells.Count && !next.Any(n => _cells[_at].Text.StartsWith(n, StringComparison.Ordinal)))
        {
            var text = StripSeal(_cells[_at++].Text);
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        if (parts.Count == 0)
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, $"{expectedZh}的内容", $"the text of {expectedEn}");
        }

        return string.Join(' ', parts);

        static string StripSeal(string text) => text.Replace("(盖章)", "", StringComparison.Ordinal).Replace("（盖章）", "", StringComparison.Ordinal).Trim(':', '：');
    }

    /// <summary>项目基本情况: 项目年度目标 and 年度目标完成情况 (two cells), then 项目实施内容及过程概述, which the platform does not keep.</summary>
    private AnnualGoals ReadGoals()
    {
        while (_at < _cells.Count && _cells[_at].Text is "项目基本情况" or "1.项目年度目标完成情况" or "项目年度目标" or "年度目标完成情况")
        {
            _at++;
        }

        var texts = new List<Cell>();
        while (_at < _cells.Count && !_cells[_at].Text.StartsWith("2.项目实施内容", StringComparison.Ordinal) && !_cells[_at].Text.StartsWith("预算执行情况", StringComparison.Ordinal))
        {
            texts.Add(_cells[_at++]);
        }

        if (_at >= _cells.Count)
        {
            throw Error(null, "预算执行情况表", "the 预算执行情况 (budget execution) table");
        }

        while (_at < _cells.Count && !_cells[_at].Text.StartsWith("预算执行情况", StringComparison.Ordinal))
        {
            _at++;
        }

        string expected;
        string actual;
        if (texts.Count == 2)
        {
            (expected, actual) = (texts[0].Text, texts[1].Text);
        }
        else
        {
            var joined = texts.Select(t => t.Text).ToList();
            var split = joined.FindIndex(t => t.EndsWith('。'));
            split = split < 0 ? Math.Max(0, joined.Count - 2) : split;
            expected = TextCells.JoinBroken(joined.Take(split + 1));
            actual = TextCells.JoinBroken(joined.Skip(split + 1));
            if (texts.Count == 1 && expected.IndexOf('。') is var stop && stop > 0 && stop < expected.Length - 1)
            {
                (expected, actual) = (expected[..(stop + 1)], expected[(stop + 1)..]);
            }
        }

        return new AnnualGoals { Expected = IsInstruction(expected) ? "" : expected, Actual = IsInstruction(actual) ? "" : actual };
    }

    private FundsTable ReadFunds()
    {
        var heading = Expect(c => c.StartsWith("预算执行情况", StringComparison.Ordinal), "预算执行情况", "the 预算执行情况 (budget execution) table");
        var unitText = heading.Text;
        while (_at < _cells.Count && !IsFundsLabel(_cells[_at].Text))
        {
            if (_cells[_at].Text.StartsWith("绩效指标", StringComparison.Ordinal))
            {
                throw Error(_cells[_at], "资金表“总额”行", "the funds table's 总额 row");
            }

            unitText += _cells[_at++].Text;
        }

        var inYuan = unitText.Contains("(元)", StringComparison.Ordinal) || unitText.Contains("（元）", StringComparison.Ordinal);
        var rows = new Dictionary<string, decimal?[]>();
        while (_at < _cells.Count && IsFundsLabel(_cells[_at].Text))
        {
            var cell = _cells[_at++];
            var bare = Bare(cell.Text);
            var key = FundsLabels.Where(l => bare.StartsWith(l, StringComparison.Ordinal)).MaxBy(l => l.Length)!;
            var figures = new List<string>();
            var rest = bare[key.Length..].TrimStart(':', '：');
            if (rest.Length > 0)
            {
                figures.Add(rest);
            }

            while (_at < _cells.Count && IsFigure(_cells[_at].Text))
            {
                figures.Add(_cells[_at++].Text);
            }

            rows[key] = Figures(figures);

            // The 原因 cell (often the template's instructions): not kept.
            while (_at < _cells.Count && !IsFundsLabel(_cells[_at].Text) && !_cells[_at].Text.StartsWith("绩效指标", StringComparison.Ordinal))
            {
                _at++;
            }
        }

        if (!rows.TryGetValue("总额", out var total))
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "资金表“总额”行", "the funds table's 总额 row");
        }

        decimal? Scale(decimal? value) => inYuan && value is { } v ? Math.Round(v / 10000m, 6) : value;
        FundsRow Row(decimal?[] f) => new() { InitialBudget = Scale(f[0]), FullYearBudget = Scale(f[1]), Executed = Scale(f[2]), ClaimedRate = f[3] };
        FundsRow RowOf(string key) => rows.TryGetValue(key, out var f) ? Row(f) : new FundsRow();

        if (inYuan)
        {
            _findings.Add(ImportFindings.Yuan());
        }

        // 财政专户管理资金 and 单位资金 have no row of their own on the platform: when they hold amounts they are added to 其他资金, and said so.
        var other = RowOf("其他资金");
        var extra = ExtraFundsLabels.Where(k => rows.TryGetValue(k, out var f) && f.Take(3).Any(v => v is > 0m)).ToList();
        if (extra.Count > 0)
        {
            decimal? Sum(Func<FundsRow, decimal?> part) =>
                new[] { other }.Concat(extra.Select(RowOf)).Select(part).Aggregate((decimal?)null, (a, v) => v is null ? a : (a ?? 0m) + v);
            other = new FundsRow { InitialBudget = Sum(r => r.InitialBudget), FullYearBudget = Sum(r => r.FullYearBudget), Executed = Sum(r => r.Executed) };
            _findings.Add(ImportFindings.FundsRowsMerged(extra));
        }

        var table = new FundsTable
        {
            Total = Row(total),
            CurrentAppropriation = RowOf("财政资金"),
            CarryOver = new FundsRow(),
            Other = other,
            Weight = total[4] ?? HeadingWeight(heading.Text[Math.Min(heading.Text.Length, "预算执行情况".Length)..]) ?? 10m,
            ClaimedScore = total[5],
        };
        return table;

        static string Bare(string text) => text.StartsWith("其中", StringComparison.Ordinal) ? text[2..].TrimStart(':', '：') : text;
        static bool IsFundsLabel(string text) => FundsLabels.Any(l => Bare(text).StartsWith(l, StringComparison.Ordinal)) && !text.StartsWith("总额度", StringComparison.Ordinal);
    }

    /// <summary>
    /// A funds row's figures: the budget figures before the rate (the one with "%"), then 权重 and 得分; "/" for a cell
    /// the template leaves empty. With two budget figures the first (年初预算) was left blank.
    /// </summary>
    private static decimal?[] Figures(List<string> texts)
    {
        var values = new decimal?[6];
        var rateAt = texts.FindIndex(t => t.EndsWith('%'));
        var budget = rateAt >= 0 ? texts.Take(rateAt).ToList() : texts.Take(3).ToList();
        var afterRate = rateAt >= 0 ? texts.Skip(rateAt + 1).ToList() : texts.Skip(4).ToList();
        int[] slots = budget.Count switch { >= 3 => [0, 1, 2], 2 => [1, 2], 1 => [1], _ => [] };
        for (var i = 0; i < slots.Length; i++)
        {
            values[slots[i]] = Figure(budget[i]);
        }

        values[3] = rateAt >= 0 ? Figure(texts[rateAt]) : texts.Count > 3 ? Figure(texts[3]) : null;
        if (afterRate.Count > 0)
        {
            values[4] = Figure(afterRate[0]);
        }

        if (afterRate.Count > 1)
        {
            values[5] = Figure(afterRate[1]);
        }

        return values;
    }

    private (List<IndicatorRow> Rows, decimal? WeightTotal, decimal? Total) ReadIndicators()
    {
        var heading = Expect(c => c.StartsWith("绩效指标", StringComparison.Ordinal), "绩效指标表", "the 绩效指标 (indicator) table");
        var header = heading.Text["绩效指标".Length..];
        var full = string.Concat(IndicatorHeader);
        decimal? headingWeight = null;
        while (true)
        {
            if (HeadingWeightPattern().Match(header) is { Success: true, Index: 0 } weight)
            {
                headingWeight = decimal.Parse(weight.Groups[1].Value, CultureInfo.InvariantCulture);
                header = header[weight.Length..];
            }

            if (_at >= _cells.Count || header.Length >= full.Length || !(full.StartsWith(header + _cells[_at].Text, StringComparison.Ordinal) || (header.Length == 0 && headingWeight is null && HeadingWeightPattern().IsMatch(_cells[_at].Text))))
            {
                break;
            }

            header += _cells[_at++].Text;
        }

        if (header.Length > full.Length && header.StartsWith(full, StringComparison.Ordinal))
        {
            // The first row run into the header's cell.
            _cells.Insert(_at, new Cell(header[full.Length..], _cells[_at - 1].Line));
            header = full;
        }

        if (header != full)
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "指标表表头“一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析”",
                "the indicator table header 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析");
        }

        var totalAt = _cells.FindIndex(_at, c => c.Text.StartsWith("合计", StringComparison.Ordinal) || c.Text.StartsWith("总分", StringComparison.Ordinal));
        var tableEnd = totalAt < 0 ? _cells.Count : totalAt;

        // Rows run together into one cell are split into their parts first.
        for (var i = _at; i < tableEnd; i++)
        {
            if (HasInnerComparator(_cells[i].Text) && !IsInstruction(_cells[i].Text) && StartsRow(i, tableEnd))
            {
                var parts = SplitRow(_cells[i].Text);
                var line = _cells[i].Line;
                _cells.RemoveAt(i);
                _cells.InsertRange(i, parts.Select(p => new Cell(p, line)));
                tableEnd += parts.Count - 1;
                totalAt = totalAt < 0 ? -1 : totalAt + parts.Count - 1;
                i += parts.Count - 1;
            }
        }

        var rows = new List<IndicatorRow>();
        string? level1 = null;
        string? level2 = null;
        try
        {
            while (_at < tableEnd)
            {
                var text = _cells[_at].Text;
                if (IndicatorHeadings.Level1.Contains(text) && !(level1 is not null && level2 is null && text == level1) && !(text == "成本指标" && level1 == "产出指标"))
                {
                    level1 = text;
                    level2 = null;
                    _at++;
                    continue;
                }

                if (IndicatorHeadings.Level2.Contains(text) || (text == level1 && level2 is null))
                {
                    level2 = text;
                    _at++;
                    continue;
                }

                if (level1 is null || level2 is null)
                {
                    throw Error(_cells[_at], "一级指标和二级指标", "a level-1 and a level-2 heading before the row");
                }

                if (rows.Count >= _limits.MaxIndicatorsPerForm)
                {
                    throw Error(_cells[_at], $"不超过{_limits.MaxIndicatorsPerForm}个指标", $"at most {_limits.MaxIndicatorsPerForm} indicators per form");
                }

                rows.Add(ReadRow(level1, level2, tableEnd));
            }
        }
        finally
        {
            Partial = Partial with { Indicators = [.. rows] };
        }

        if (totalAt < 0)
        {
            throw Error(null, "“合计”行", "the 合计 (total) line after the indicator rows");
        }

        if (rows.Count == 0)
        {
            throw Error(_cells[totalAt], "至少一个指标行", "at least one indicator row before 合计");
        }

        if (headingWeight is { } printed && rows.Sum(r => r.Weight) is var sum && sum != printed)
        {
            _findings.Add(ImportFindings.HeadingWeightDiffers("绩效指标", printed, sum));
        }

        var totalCell = _cells[totalAt];
        _at = totalAt + 1;
        var figures = new List<decimal>();
        var glued = totalCell.Text[2..].TrimStart(':', '：');
        if (glued.Length > 0 && TextCells.TryParseNumber(glued, out var first))
        {
            figures.Add(first);
        }

        while (_at < _cells.Count && figures.Count < 2 && (_cells[_at].Line == totalCell.Line || figures.Count == 0) && TextCells.TryParseNumber(_cells[_at].Text, out var figure))
        {
            figures.Add(figure);
            _at++;
        }

        // Cell per line: the score may stand on the line after the weights' total.
        while (_at < _cells.Count && figures.Count is 1 && _cells[_at].Line == _cells[_at - 1].Line + 1 && TextCells.TryParseNumber(_cells[_at].Text, out var score))
        {
            figures.Add(score);
            _at++;
        }

        var lastLine = _at > 0 ? _cells[_at - 1].Line : _start;
        EndPosition = Math.Min(_end, lastLine + 1);
        return (rows, figures.Count > 0 ? figures[0] : null, figures.Count > 1 ? figures[1] : null);
    }

    /// <summary>
    /// One row from its name: 三级指标, 指标性质 (a comparator, or 定性), 指标值, 度量单位, 完成值 (blank when unscored),
    /// 权重, 得分 (blank when unscored), then 未完成原因分析 up to the next row.
    /// </summary>
    private IndicatorRow ReadRow(string level1, string level2, int tableEnd)
    {
        var first = _cells[_at];
        var name = new List<string>();
        while (_at < tableEnd && !IsNature(_cells[_at].Text) && !TextCells.IsNumber(_cells[_at].Text) && !IsHeading(_cells[_at].Text))
        {
            name.Add(_cells[_at++].Text);
        }

        if (name.Count == 0 || _at >= tableEnd || !IsNature(_cells[_at].Text))
        {
            throw Error(_at < tableEnd ? _cells[_at] : first, "指标行（三级指标 指标性质 指标值 度量单位 完成值 权重 得分）", "an indicator row (name, nature, value, unit, actual, weight, score)");
        }

        var natureCell = _cells[_at++];
        var nature = natureCell.Text;
        var pieces = new List<string>();
        if (!IsComparator(nature) && nature != "定性" && nature != "定量")
        {
            // "≤10次", "=100%": the comparator with its value and unit in one cell.
            var width = nature.Length > 1 && nature[1] is '=' or '＝' ? 2 : 1;
            pieces.AddRange(SplitValue(nature[width..]));
            nature = nature[..width];
        }

        while (pieces.Count < 1 && _at < tableEnd)
        {
            pieces.AddRange(SplitValue(_cells[_at++].Text));
        }

        var value = pieces.Count > 0 ? pieces[0] : throw Error(natureCell, "指标值", "the indicator's 指标值 (value)");
        var unit = pieces.Count > 1 ? pieces[1] : null;
        if (unit is null && TextCells.IsNumber(value) && _at < tableEnd && IsUnit(_cells[_at].Text))
        {
            unit = _cells[_at++].Text;
        }

        var words = new List<string>();
        while (_at < tableEnd && !TextCells.IsNumber(_cells[_at].Text) && !IsHeading(_cells[_at].Text) && !StartsRow(_at, tableEnd))
        {
            words.Add(_cells[_at++].Text);
        }

        var numbers = new List<Cell>();
        while (_at < tableEnd && numbers.Count < 3 && TextCells.IsNumber(_cells[_at].Text))
        {
            numbers.Add(_cells[_at++]);
        }

        words = [.. words.Where(w => !IsInstruction(w))];
        string? actual = words.Count > 0 ? string.Concat(words) : null;
        decimal weight;
        decimal? score = null;
        switch (numbers.Count)
        {
            case 3 when actual is null:
                actual = numbers[0].Text;
                weight = Number(numbers[1].Text);
                score = Number(numbers[2].Text);
                break;
            case 2 when actual is not null:
                weight = Number(numbers[0].Text);
                score = Number(numbers[1].Text);
                break;
            case 2:
                actual = numbers[0].Text;
                weight = Number(numbers[1].Text);
                break;
            case 1:
                weight = Number(numbers[0].Text);
                break;
            default:
                throw Error(numbers.Count > 0 ? numbers[^1] : first, "指标行的权重和得分", "the row's 权重 (weight) and 得分 (score)");
        }

        if (actual is not null && unit is not null && TextCells.IsNumber(actual))
        {
            actual += unit;
        }

        // 未完成原因分析: the cells on the last figure's line, then whole cells up to the next row.
        var reason = new List<string>();
        while (_at < tableEnd && !StartsRow(_at, tableEnd) && !TextCells.IsNumber(_cells[_at].Text))
        {
            reason.Add(_cells[_at++].Text);
        }

        var reasonText = string.Join(' ', reason.Where(r => !IsInstruction(r)));
        return new IndicatorRow
        {
            Level1 = level1,
            Level2 = level2,
            Name = string.Concat(name),
            Target = (nature is "定性" or "定量" ? "" : nature) + value + (unit ?? ""),
            Actual = actual ?? "",
            Weight = weight,
            ClaimedScore = score,
            DeviationReason = reasonText.Length == 0 ? null : reasonText,
        };

        static decimal Number(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the cells from <paramref name="i"/> begin a row: a heading, or a name followed by its 指标性质.</summary>
    private bool StartsRow(int i, int tableEnd)
    {
        var text = _cells[i].Text;
        if (IsHeading(text))
        {
            return true;
        }

        if (HasInnerComparator(text) && !IsInstruction(text))
        {
            return true;
        }

        return i + 1 < tableEnd && !TextCells.IsNumber(text) && !IsNature(text) && IsNature(_cells[i + 1].Text);
    }

    private static bool IsHeading(string text) => IndicatorHeadings.IsHeading(text);

    /// <summary>指标性质: a comparator (alone or with its value), 定性 or 定量.</summary>
    private static bool IsNature(string text) =>
        text is "定性" or "定量" || IsComparator(text) || (TextCells.StartsWithComparator(text) && text.Length <= 16);

    /// <summary>度量单位: a short word that is not a figure ("%", "万元", "人次", "公里").</summary>
    private static bool IsUnit(string text) =>
        text.Length <= 6 && !TextCells.IsNumber(text) && !IsNature(text) && !IsHeading(text) && !IsInstruction(text)
        && text is not ("完成" or "已完成" or "未完成" or "达成" or "是" or "否" or "好" or "优" or "良" or "中" or "差");

    private static decimal? HeadingWeight(string text) =>
        HeadingWeightPattern().Match(text) is { Success: true } m ? decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^[（(](\d{1,3}(?:\.\d+)?)分[）)]")]
    private static partial Regex HeadingWeightPattern();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearDigits();
}
