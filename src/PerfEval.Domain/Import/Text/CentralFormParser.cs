using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// The central template 项目支出绩效自评表 (财预〔2020〕10号, used in Anhui, Hebei and others), read as a stream of cells,
/// so that a row on one line and one cell per line read alike: 项目名称, 主管部门, 实施单位; 项目资金（万元 or 元） with
/// 年度资金总额 (may be printed as zero), 当年/本年财政拨款, 上年结转资金, 其他资金, blank cells left out; 年度总体目标;
/// the indicator table, level-1 headings carrying their weight ("产出指标(50分)"), template placeholders ("指标2：",
/// "……") skipped; 总分 with the weights' total and the score. Published unscored (实际完成值 and 得分 blank or
/// instructions), it is read as an unscored draft: no claimed score, no total. The department-wide form
/// (<see cref="DepartmentWideFormParser"/>) is this layout with its own header and budget table.
/// </summary>
internal partial class CentralFormParser(IReadOnlyList<TextLine> lines, int start, int end, ImportLimits limits)
    : CellFormParser(lines, start, end, limits, CellsOf(lines, start, end))
{
    private static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];
    private static readonly string[] FundsLabels = ["年度资金总额", "当年财政拨款", "本年财政拨款", "上年结转资金", "其他资金"];

    /// <summary>Every cell of the form's lines, its title line's included.</summary>
    private static List<Cell> CellsOf(IReadOnlyList<TextLine> lines, int start, int end)
    {
        var cells = new List<Cell>();
        for (var i = start; i < end; i++)
        {
            cells.AddRange(lines[i].Tokens.Select(token => new Cell(token, i)));
        }

        return cells;
    }

    public EvaluationForm Parse(FormTitle title)
    {
        // The title's cells ("附件:", the title, "(2022年度)") are on its line.
        _at = _cells.FindIndex(c => c.Line != _start);
        _at = _at < 0 ? _cells.Count : _at;
        var header = ReadHeader(title);
        var (funds, facts) = ReadBudget();
        Partial = Partial with { Funds = funds };
        var goals = ReadGoals();
        Partial = Partial with { Goals = goals };
        var (rows, weightTotal, total) = ReadIndicators();
        var grade = ReadGrade();

        var unscored = rows.All(r => r.ClaimedScore is null);
        if (unscored)
        {
            _findings.Add(ImportFindings.UnscoredForm(rows.Count));
        }

        var form = new EvaluationForm
        {
            Kind = Kind,
            Header = header,
            Funds = unscored ? funds with { ClaimedScore = null } : funds,
            Goals = goals,
            Department = facts,
            Indicators = rows,
            ClaimedTotal = unscored ? null : total,
            ClaimedGrade = unscored ? null : grade,
        };
        _findings.AddRange(ImportFindings.Of(form, weightTotal));
        return form;
    }

    /// <summary>The kind of form this layout holds.</summary>
    protected virtual FormKind Kind => FormKind.Project;

    /// <summary>The year, 项目名称, 主管部门 and 实施单位.</summary>
    protected virtual FormHeader ReadHeader(FormTitle title)
    {
        var year = ReadYear(title) ?? throw Error(_at < _cells.Count ? _cells[_at] : null, "年度，如“（2024年度）”", "the fiscal year, e.g. （2024年度）");
        Partial = Partial with { FiscalYear = year };
        var projectName = ReadField("项目名称", ["主管部门"], "项目名称", "the 项目名称 (project name)");
        Partial = Partial with { ProjectName = projectName };
        var department = ReadField("主管部门", ["实施单位"], "主管部门", "the 主管部门 (department)");
        var unit = ReadField("实施单位", ["项目资金"], "实施单位", "the 实施单位 (implementing unit)");
        Partial = Partial with { CompetentDepartment = department, ImplementingUnit = unit };
        return new FormHeader { ProjectName = projectName, CompetentDepartment = department, ImplementingUnit = unit, FiscalYear = year };
    }

    /// <summary>The funds table, and the department's figures where the layout prints them.</summary>
    protected virtual (FundsTable Funds, DepartmentFacts? Facts) ReadBudget() => (ReadFunds(), null);

    /// <summary>A 评分等级 line after the total, where the layout prints one.</summary>
    protected virtual string? ReadGrade() => null;

    /// <summary>The year printed with the title or on the line under it; null when neither prints one.</summary>
    protected int? ReadYear(FormTitle title)
    {
        var text = title.LeadingYear is { } leading ? leading + "年" : title.YearText;
        var line = _lines[_start];
        if (text is null && _at < _cells.Count && FormTitles.IsYearText(_cells[_at].Text))
        {
            line = _lines[_cells[_at].Line];
            text = _cells[_at++].Text;
        }

        return text is null ? null : ParseYear(text, line);
    }

    /// <summary>The four-digit year in <paramref name="text"/> ("（2024年度）", "2024年"), one the platform accepts.</summary>
    protected static int ParseYear(string text, TextLine line)
    {
        var digits = YearDigits().Match(text);
        if (!digits.Success || !int.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !FiscalYears.IsAccepted(year))
        {
            throw TextFormatException.At(line, "四位年份，如“（2024年度）”", "a four-digit year, e.g. （2024年度）");
        }

        return year;
    }

    /// <summary>A label ("项目名称", "项目名称：") and the cells up to the next label, joined.</summary>
    private string ReadField(string label, string[] next, string expectedZh, string expectedEn)
    {
        var cell = Expect(c => c.StartsWith(label, StringComparison.Ordinal), expectedZh, expectedEn);
        var parts = new List<string>();
        var glued = cell.Text[label.Length..].TrimStart(':', '：');
        if (glued.Length > 0)
        {
            parts.Add(glued);
        }

        while (_at < _cells.Count && !next.Any(n => _cells[_at].Text.StartsWith(n, StringComparison.Ordinal)))
        {
            parts.Add(_cells[_at++].Text);
        }

        if (parts.Count == 0)
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, $"{expectedZh}的内容", $"the text of {expectedEn}");
        }

        return string.Join(' ', parts);
    }

    private FundsTable ReadFunds()
    {
        var label = Expect(c => c.StartsWith("项目资金", StringComparison.Ordinal), "项目资金", "the 项目资金 (funds) table");
        var unitText = label.Text;
        while (_at < _cells.Count && !IsFundsLabel(_cells[_at].Text) && !_cells[_at].Text.StartsWith("年初预算数", StringComparison.Ordinal))
        {
            unitText += _cells[_at++].Text;
        }

        var inYuan = unitText.Contains("（元）", StringComparison.Ordinal) || unitText.Contains("(元)", StringComparison.Ordinal);
        while (_at < _cells.Count && !IsFundsLabel(_cells[_at].Text))
        {
            if (_cells[_at].Text.StartsWith("年度总体目标", StringComparison.Ordinal))
            {
                throw Error(_cells[_at], "资金表“年度资金总额”行", "the funds table's 年度资金总额 row");
            }

            _at++;
        }

        var rows = new Dictionary<string, decimal?[]>();
        var rowLines = new Dictionary<string, Cell>();
        while (_at < _cells.Count && IsFundsLabel(_cells[_at].Text))
        {
            var cell = _cells[_at++];
            var key = FundsLabels.First(l => cell.Text.Contains(l, StringComparison.Ordinal));
            key = key == "本年财政拨款" ? "当年财政拨款" : key;
            var figures = new List<string>();
            var rest = cell.Text[(cell.Text.IndexOf(key == "当年财政拨款" && !cell.Text.Contains(key, StringComparison.Ordinal) ? "本年财政拨款" : key, StringComparison.Ordinal) + key.Length)..].TrimStart(':', '：');
            if (rest.Length > 0)
            {
                figures.Add(rest);
            }

            while (_at < _cells.Count && IsFigure(_cells[_at].Text))
            {
                figures.Add(_cells[_at++].Text);
            }

            rows[key] = Figures(figures, key == "年度资金总额", cell);
            rowLines[key] = cell;
        }

        if (!rows.TryGetValue("年度资金总额", out var total))
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "资金表“年度资金总额”行", "the funds table's 年度资金总额 row");
        }

        decimal? Scale(decimal? value) => inYuan && value is { } v ? Math.Round(v / 10000m, 6) : value;
        FundsRow Row(string key) => rows.TryGetValue(key, out var f)
            ? new FundsRow { InitialBudget = Scale(f[0]), FullYearBudget = Scale(f[1]), Executed = Scale(f[2]), ClaimedRate = f[4] }
            : new FundsRow();

        if (inYuan)
        {
            _findings.Add(ImportFindings.Yuan());
        }

        var table = new FundsTable
        {
            Total = Row("年度资金总额"),
            CurrentAppropriation = Row("当年财政拨款"),
            CarryOver = Row("上年结转资金"),
            Other = Row("其他资金"),
            Weight = total[3] ?? 10m,
            ClaimedScore = total[5],
        };
        CheckTotalAgainstRows(table);
        return table;
    }

    /// <summary>A 年度资金总额 row left at zero (or otherwise off) while the rows under it hold amounts: reported, kept as printed.</summary>
    protected void CheckTotalAgainstRows(FundsTable funds)
    {
        var parts = new[] { funds.CurrentAppropriation, funds.CarryOver, funds.Other };
        foreach (var (column, total, part) in new (string, decimal?, Func<FundsRow, decimal?>)[]
                 {
                     ("initialBudget", funds.Total.InitialBudget, r => r.InitialBudget),
                     ("fullYearBudget", funds.Total.FullYearBudget, r => r.FullYearBudget),
                     ("executed", funds.Total.Executed, r => r.Executed),
                 })
        {
            var sum = parts.Sum(r => part(r) ?? 0m);
            if (sum != 0m && (total ?? 0m) == 0m)
            {
                _findings.Add(ImportFindings.FundsTotalContradicts(column, total, sum));
            }
        }
    }

    /// <summary>
    /// The figures of a funds row: six cells (年初预算数 全年预算数 全年执行数 分值 执行率 得分) when every cell is printed,
    /// "-" or "—" for an empty one; fewer when blank cells were left out: the budget figures come first, then (the total
    /// row) the weight, the rate and the score, (the other rows) the rate.
    /// </summary>
    protected decimal?[] Figures(List<string> texts, bool isTotal, Cell at)
    {
        var values = new decimal?[6];
        var parsed = texts.Select(ParseFigure).ToList();
        int[] slots = parsed.Count switch
        {
            >= 6 => [0, 1, 2, 3, 4, 5],
            5 => isTotal ? [0, 1, 2, 3, 4] : [0, 1, 2, 3, 4],
            4 => isTotal ? [0, 1, 2, 3] : [0, 1, 2, 4],
            _ => [.. Enumerable.Range(0, parsed.Count)],
        };
        if (parsed.Count > 6)
        {
            throw Error(at, "资金行：标签后至多6个数值", "a funds row of at most 6 figures after its label");
        }

        for (var i = 0; i < slots.Length; i++)
        {
            values[slots[i]] = parsed[i];
        }

        return values;
    }

    protected static decimal? ParseFigure(string text)
    {
        var trimmed = text.TrimEnd('%', '％');
        return TextCells.IsDash(text) ? null : TextCells.TryParseNumber(trimmed.Replace("，", ",", StringComparison.Ordinal), out var value) ? value : null;
    }

    protected static bool IsFigure(string text) => TextCells.IsDash(text) || TextCells.IsNumber(text.TrimEnd('%', '％'));

    private static bool IsFundsLabel(string text)
    {
        var bare = text.StartsWith("其中", StringComparison.Ordinal) ? text[2..].TrimStart(':', '：') : text;
        return FundsLabels.Any(l => bare.StartsWith(l, StringComparison.Ordinal));
    }

    private AnnualGoals ReadGoals()
    {
        Expect(c => c.StartsWith("年度总体目标", StringComparison.Ordinal) || c.StartsWith("年度总体", StringComparison.Ordinal), "年度总体目标", "the 年度总体目标 (annual goals)");
        while (_at < _cells.Count && _cells[_at].Text is "目标" or "总体" or "总体目标" or "预期目标" or "实际完成情况")
        {
            _at++;
        }

        var lines = new List<(int Line, List<string> Parts)>();
        while (_at < _cells.Count && !IsIndicatorHeaderStart(_cells[_at].Text))
        {
            var cell = _cells[_at++];
            if (lines.Count == 0 || lines[^1].Line != cell.Line)
            {
                lines.Add((cell.Line, []));
            }

            lines[^1].Parts.Add(cell.Text);
        }

        if (_at >= _cells.Count)
        {
            throw Error(null, "绩效指标表表头（一级指标 二级指标 三级指标 …）", "the indicator table header (一级指标 二级指标 三级指标 …)");
        }

        // Two cells (one per line, or two on one line): expected, then actual; otherwise the expected text ends with its first full stop.
        var texts = lines.Select(l => string.Join(' ', l.Parts)).ToList();
        if (lines.Count == 1 && lines[0].Parts.Count == 2)
        {
            return Goals(lines[0].Parts[0], lines[0].Parts[1]);
        }

        if (texts.Count == 2)
        {
            return Goals(texts[0], texts[1]);
        }

        var split = texts.FindIndex(t => t.EndsWith('。'));
        split = split < 0 ? texts.Count - 1 : split;
        return Goals(TextCells.JoinBroken(texts.Take(split + 1)), TextCells.JoinBroken(texts.Skip(split + 1)));

        // Instruction text left in a cell ("（填写实际完成情况）") is no goal.
        static AnnualGoals Goals(string expected, string actual) =>
            new() { Expected = IsInstruction(expected) ? "" : expected, Actual = IsInstruction(actual) ? "" : actual };
    }

    private static bool IsIndicatorHeaderStart(string text) => text is "绩效指标" or "一级指标" || text.StartsWith("一级指标二级指标", StringComparison.Ordinal);

    private (List<IndicatorRow> Rows, decimal? WeightTotal, decimal? Total) ReadIndicators()
    {
        // The header: 绩效指标 and the eight column names, possibly run together or broken.
        var header = "";
        var full = string.Concat(IndicatorHeader);
        while (_at < _cells.Count && header.Length < full.Length && ("绩效指标" + full).StartsWith(header + _cells[_at].Text, StringComparison.Ordinal) | full.StartsWith(header + _cells[_at].Text, StringComparison.Ordinal))
        {
            header += _cells[_at++].Text;
            if (header == "绩效指标")
            {
                header = "";
            }
        }

        if (header != full)
        {
            throw Error(_at < _cells.Count ? _cells[_at] : null, "指标表表头“一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施”",
                "the indicator table header 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施");
        }

        var rows = new List<IndicatorRow>();
        var headingWeights = new List<(string Heading, decimal Weight)>();
        string? level1 = null;
        string? level2 = null;
        var placeholders = 0;
        var totalAt = _cells.FindIndex(_at, c => c.Text.StartsWith("总分", StringComparison.Ordinal) || c.Text is "合计" or "总计");
        var tableEnd = totalAt < 0 ? _cells.Count : totalAt;

        try
        {
            while (_at < tableEnd)
            {
                var text = _cells[_at].Text;
                if (Level1Heading(text) is { Success: true } heading)
                {
                    _at++;
                    var name = heading.Groups[1].Value;
                    var weightText = heading.Groups[2].Success ? heading.Groups[2].Value : null;
                    if (weightText is null && _at < tableEnd && HeadingWeight().Match(_cells[_at].Text) is { Success: true } alone)
                    {
                        weightText = alone.Groups[1].Value;
                        _at++;
                    }

                    // 满意度指标 under 满意度指标; 成本指标 under 产出指标 in older forms (level 1 when its own level 2 follows).
                    var isLevel2 = weightText is null && level1 is not null
                        && ((name == level1 && level2 is null) || (name == "成本指标" && level1 == "产出指标" && !(_at < tableEnd && IsLevel2(_cells[_at].Text))));
                    if (isLevel2)
                    {
                        level2 = name;
                        continue;
                    }

                    level1 = name;
                    level2 = null;
                    if (weightText is not null)
                    {
                        headingWeights.Add((name, decimal.Parse(weightText, CultureInfo.InvariantCulture)));
                    }

                    continue;
                }

                if (IsLevel2(text))
                {
                    level2 = text;
                    _at++;
                    continue;
                }

                if (IsPlaceholder(text))
                {
                    placeholders++;
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

                if (ReadRow(level1, level2, tableEnd, rows) is { } row)
                {
                    rows.Add(row);
                }
            }
        }
        finally
        {
            Partial = Partial with { Indicators = [.. rows] };
        }

        if (totalAt < 0)
        {
            throw Error(null, "“总分”行", "the 总分 (total) line after the indicator rows");
        }

        if (rows.Count == 0)
        {
            throw Error(_cells[totalAt], "至少一个指标行", "at least one indicator row before 总分");
        }

        if (placeholders > 0)
        {
            _findings.Add(ImportFindings.PlaceholdersSkipped(placeholders));
        }

        foreach (var (heading, weight) in headingWeights)
        {
            var sum = rows.Where(r => r.Level1 == heading).Sum(r => r.Weight);
            if (sum != weight)
            {
                _findings.Add(ImportFindings.HeadingWeightDiffers(heading, weight, sum));
            }
        }

        // 总分: the weights' total, then the score (blank when unscored).
        var totalCell = _cells[totalAt];
        _at = totalAt + 1;
        var figures = new List<decimal>();
        var glued = totalCell.Text["总分".Length..].TrimStart(':', '：');
        if (glued.Length > 0 && TextCells.TryParseNumber(glued, out var first))
        {
            figures.Add(first);
        }

        while (_at < _cells.Count && figures.Count < 2 && TextCells.TryParseNumber(_cells[_at].Text, out var figure))
        {
            figures.Add(figure);
            _at++;
        }

        var lastLine = _at > 0 ? _cells[_at - 1].Line : _start;
        EndPosition = Math.Min(_end, lastLine + 1);
        return (rows, figures.Count > 0 ? figures[0] : null, figures.Count > 1 ? figures[1] : null);
    }

    /// <summary>
    /// One row: 三级指标, 年度指标值, 实际完成值 (blank in an unscored form), 分值, 得分 (blank), then the deviation reason up
    /// to the next row. The cells before the row's figures are the name, the target and the actual; more than that and
    /// the first ones are the previous row's reason, which one-cell-per-line text prints before the next row.
    /// </summary>
    private IndicatorRow? ReadRow(string level1, string level2, int tableEnd, List<IndicatorRow> rows)
    {
        var first = _cells[_at];
        var words = new List<string>();
        while (_at < tableEnd && !TextCells.IsNumber(_cells[_at].Text) && !IsBoundary(_cells[_at].Text))
        {
            words.Add(_cells[_at++].Text);
        }

        var numbers = new List<string>();
        while (_at < tableEnd && TextCells.IsNumber(_cells[_at].Text))
        {
            numbers.Add(_cells[_at++].Text);
        }

        if (numbers.Count == 0 && rows.Count > 0 && words.Count > 0 && !words.Any(IsInstruction))
        {
            // Lines of the previous row's reason, up to a heading or the total.
            AppendReason(rows, string.Concat(words));
            return null;
        }

        if (numbers.Count == 0)
        {
            throw Error(first, "指标行（三级指标 年度指标值 实际完成值 分值 得分）", "an indicator row (name, target, actual, weight, score)");
        }

        // The figures: [actual] weight [score]. A quantity target whose figure stood alone joins the words.
        decimal weight;
        decimal? score = null;
        string? actual = null;
        var instructions = 0;
        while (_at < tableEnd && IsInstruction(_cells[_at].Text))
        {
            instructions++;
            _at++;
        }

        if (numbers.Count >= 3)
        {
            actual = numbers[^3];
            weight = Number(numbers[^2]);
            score = Number(numbers[^1]);
            words.AddRange(numbers.Take(numbers.Count - 3));
        }
        else if (numbers.Count == 2 && words.Count >= 3)
        {
            weight = Number(numbers[0]);
            score = Number(numbers[1]);
        }
        else if (numbers.Count == 2)
        {
            actual = numbers[0];
            weight = Number(numbers[1]);
        }
        else
        {
            weight = Number(numbers[0]);
        }

        // Instruction text in the actual's place ("填写实际完成值") is no actual.
        words = [.. words.Where(w => !IsInstruction(w))];
        if (words.Count > (actual is null ? 3 : 2) && rows.Count > 0)
        {
            var extra = words.Count - (actual is null ? 3 : 2);
            AppendReason(rows, string.Concat(words.Take(extra)));
            words.RemoveRange(0, extra);
        }

        if (words.Count < 2)
        {
            throw Error(first, "指标行（三级指标 年度指标值 实际完成值 分值 得分）", "an indicator row (name, target, actual, weight, score)");
        }

        var name = StripPlaceholderPrefix(words[0]);
        var target = words[1];
        if (actual is null && words.Count >= 3)
        {
            actual = string.Concat(words.Skip(2));
        }

        // The reason on the score's line.
        var reasonParts = new List<string>();
        var scoreLine = _cells[_at - 1 - instructions].Line;
        while (_at < tableEnd && _cells[_at].Line == scoreLine && !IsBoundary(_cells[_at].Text) && !TextCells.IsNumber(_cells[_at].Text)
               && !LooksLikeNextRow(tableEnd))
        {
            reasonParts.Add(_cells[_at++].Text);
        }

        return new IndicatorRow
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Actual = actual ?? "",
            Weight = weight,
            ClaimedScore = score,
            DeviationReason = reasonParts.Count == 0 ? null : string.Join(' ', reasonParts),
        };

        decimal Number(string text) => decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static void AppendReason(List<IndicatorRow> rows, string reason) =>
        rows[^1] = rows[^1] with { DeviationReason = string.IsNullOrEmpty(rows[^1].DeviationReason) ? reason : rows[^1].DeviationReason + reason };

    /// <summary>Whether the cells from here are a whole row (words then its figures), so not a reason.</summary>
    private bool LooksLikeNextRow(int tableEnd)
    {
        var i = _at;
        var words = 0;
        while (i < tableEnd && !TextCells.IsNumber(_cells[i].Text) && !IsBoundary(_cells[i].Text) && words < 4)
        {
            words++;
            i++;
        }

        return words is >= 2 and <= 3 && i < tableEnd && TextCells.IsNumber(_cells[i].Text);
    }

    private bool IsBoundary(string text) =>
        Level1Heading(text).Success || IsLevel2(text) || IsPlaceholder(text) || text.StartsWith("总分", StringComparison.Ordinal);

    /// <summary>A level-1 heading, its weight in group 2 when printed with it ("产出指标(50分)").</summary>
    protected virtual Match Level1Heading(string text) => ProjectLevel1Heading().Match(text);

    protected virtual bool IsLevel2(string text) => IndicatorHeadings.Level2.Contains(text);

    /// <summary>"指标1：", "指标2:", "……", "…", "...": template rows the unit did not fill in.</summary>
    private static bool IsPlaceholder(string text) => Placeholder().IsMatch(text);

    private static string StripPlaceholderPrefix(string name) => PlaceholderPrefix().Replace(name, "");

    /// <summary>Instruction text a template leaves in a cell ("（填写实际完成值）", "根据完成情况填写").</summary>
    private static bool IsInstruction(string text) => text.Contains("填写", StringComparison.Ordinal) || text.Contains("填报", StringComparison.Ordinal);

    [GeneratedRegex(@"^(产出指标|效益指标|满意度指标|成本指标)(?:[（(](\d{1,3}(?:\.\d+)?)分[）)])?$")]
    private static partial Regex ProjectLevel1Heading();

    [GeneratedRegex(@"^[（(](\d{1,3}(?:\.\d+)?)分[）)]$")]
    private static partial Regex HeadingWeight();

    [GeneratedRegex(@"^(指标\d{1,2}[:：]?|…+|\.{3,}|。{3,})$")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^指标\d{1,2}[:：]")]
    private static partial Regex PlaceholderPrefix();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearDigits();
}
