using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.CrossChecks;
using Weasel.Core;

namespace PerfEval.PlatformBenchmarks;

/// <summary>
/// The checks across forms and years over a generated year (--cross-checks): the forms' snapshots written straight
/// into the store (the checks read only those), then one run of <see cref="CrossCheckRunner"/> timed.
/// </summary>
public static class CrossCheckBenchmark
{
    /// <summary>
    /// The checks alone (--cross-checks-in-memory): the generated forms checked by <see cref="CrossChecker"/> without
    /// the database, twice, with this process's CPU; what the database run's "check" phase costs.
    /// </summary>
    public static void InMemory(IReadOnlyList<EvaluationForm> seeds, int forms, int departments)
    {
        var generator = new CrossCheckFormGenerator(seeds, departments, unitsPerDepartment: 20);
        var year = new List<CrossCheckForm>(forms);
        var previous = new List<CrossCheckForm>();
        for (var i = 0; i < forms; i++)
        {
            var (form, before) = generator.Next(i);
            year.Add(CrossCheckForm.From(form));
            if (before is not null)
            {
                previous.Add(CrossCheckForm.From(before));
            }
        }

        for (var round = 1; round <= 2; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var results = CrossChecker.Check(year, previous, CrossCheckSettings.Default, DateTimeOffset.UtcNow);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var byCode = results.SelectMany(r => r.Findings).GroupBy(f => f.Finding.Code).OrderByDescending(g => g.Count());
            Console.WriteLine(
                $"checks in memory, round {round}: {forms:N0} forms in {watch.Elapsed.TotalSeconds:F1} s, CPU {cpu.TotalSeconds:F1} s; " +
                string.Join(", ", byCode.Select(g => $"{g.Key} {g.Count():N0}")));
        }
    }

    public static async Task RunAsync(IDocumentStore store, IReadOnlyList<EvaluationForm> seeds, int forms, int departments)
    {
        var table = ((IReadOnlyStoreOptions)store.Options).Schema.For<Evaluation>();
        var results = ((IReadOnlyStoreOptions)store.Options).Schema.For<CrossCheckResult>();
        var generator = new CrossCheckFormGenerator(seeds, departments, unitsPerDepartment: 20);
        var watch = Stopwatch.StartNew();
        await using (var session = store.QuerySession())
        {
            if (await session.Query<Evaluation>().AnyAsync())
            {
                Console.WriteLine("reusing the stored forms");
            }
            else
            {
                var previous = new List<Evaluation>();
                for (var start = 0; start < forms; start += 10_000)
                {
                    var batch = new List<Evaluation>(10_000);
                    for (var i = start; i < Math.Min(forms, start + 10_000); i++)
                    {
                        var (form, before) = generator.Next(i);
                        batch.Add(form);
                        if (before is not null)
                        {
                            previous.Add(before);
                        }
                    }

                    await store.BulkInsertAsync(batch, BulkInsertMode.InsertsOnly, batchSize: 5_000);
                }

                await store.BulkInsertAsync(previous, BulkInsertMode.InsertsOnly, batchSize: 5_000);
                Console.WriteLine($"seeded {forms:N0} forms of 2024 and {previous.Count:N0} approved forms of 2023 in {watch.Elapsed.TotalSeconds:F1} s");
            }
        }

        await using (var connection = store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var analyze = new Npgsql.NpgsqlCommand($"analyze {table}", connection) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync();
        }

        var runner = new CrossCheckRunner(store, CrossCheckSettings.Default, TimeProvider.System, NullLogger<CrossCheckRunner>.Instance);
        for (var round = 1; round <= 2; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            var summary = await runner.RunAsync(2024, CancellationToken.None);
            var elapsed = watch.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine(
                $"cross-checks round {round}: {summary.Forms:N0} forms in {elapsed.TotalSeconds:F1} s = {summary.Forms / elapsed.TotalSeconds:N0} forms/s (goal 200,000 in ≤ 60 s); " +
                $"read {summary.Read.TotalSeconds:F1} s, check {summary.Check.TotalSeconds:F1} s, write {summary.Write.TotalSeconds:F1} s; " +
                $"this process's CPU {cpu.TotalSeconds:F1} s ({cpu / elapsed:P0} of one core); {summary.Findings:N0} findings");
            Console.WriteLine("  by code: " + string.Join(", ", summary.ByCode.Select(c => $"{c.Key} {c.Value:N0}")));
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync();
            await using var stored = new Npgsql.NpgsqlCommand(
                $"select count(*), coalesce(sum(jsonb_array_length(data -> 'findings')), 0) from {results} where fiscal_year = 2024", connection)
            { CommandTimeout = 0 };
            await using var reader = await stored.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.WriteLine($"  stored: {reader.GetInt64(0):N0} results with {reader.GetInt64(1):N0} findings");
        }
    }
}

/// <summary>
/// Forms of a year with realistic indicator texts: each project has a subject (受益对象 and 服务) and a district, its
/// output rows name the subject's measures, some with a place (so most texts are nearly but not quite alike), its
/// benefit rows mix boilerplate with the subject's own, and its satisfaction row names its beneficiaries. About 2 % of
/// forms copy another subject's satisfaction row, 1 % nearly copy another's output row; some claim every maximum,
/// leave a zero unexplained or write a cost with ≥; a tenth have an approved form of the previous year whose actual
/// is above this year's target. Seeded random: two runs generate the same year.
/// </summary>
public sealed class CrossCheckFormGenerator(IReadOnlyList<EvaluationForm> seeds, int departments, int unitsPerDepartment, int seed = 20240601)
{
    private static readonly string[] Groups =
        ["社区老年人", "困难职工", "农村留守儿童", "残疾人", "退役军人", "低保家庭", "外来务工人员", "高校毕业生", "孤寡老人", "新就业形态劳动者",
         "城乡居民", "中小学生", "妇女儿童", "独居老人", "失业人员", "农民工", "劳动模范", "退休职工", "青年职工", "困难群众"];

    private static readonly string[] Services =
        ["助餐服务", "健康体检", "技能培训", "法律援助", "心理疏导", "文体活动", "走访慰问", "就业帮扶", "助学补贴", "住房保障",
         "医疗救助", "托育服务", "康复训练", "志愿服务", "安全教育", "权益维护", "疗休养", "送温暖", "读书活动", "职业介绍"];

    private static readonly string[] OutputMeasures =
        ["覆盖人数", "服务人次", "完成率", "合格率", "按时完成率", "开展场次", "发放及时率", "对象符合标准率", "档案完整率", "资金到位率"];

    private static readonly string[] BenefitBoilerplate =
        ["提升群众获得感和幸福感", "社会效益明显提升", "长效管理机制健全有效", "促进社会和谐稳定", "服务水平进一步提高", "政策知晓率"];

    private static readonly string[] BenefitMeasures = ["生活质量改善", "参与积极性提高", "问题解决率", "知晓率", "获得感增强"];

    private static readonly string[] Districts =
        ["青浦区", "松江区", "嘉定区", "闵行区", "浦东新区", "宝山区", "金山区", "奉贤区", "崇明区", "徐汇区", "黄浦区", "静安区", "长宁区", "普陀区", "虹口区", "杨浦区"];

    private static readonly string Syllables = "朱家角练塘金泽赵巷徐泾华新白鹤重固香花盈浦夏阳凤溪泖港石湖荡新浜叶榭佘山车墩小昆山";

    private readonly Random _random = new(seed);
    private readonly Scorecard[] _scorecards = seeds.Select(f => ScoringEngine.Score(f, ScoringProfile.Default)).ToArray();

    private string Place() => $"{Syllables[_random.Next(Syllables.Length)]}{Syllables[_random.Next(Syllables.Length)]}街道";

    public (Evaluation Form, Evaluation? Previous) Next(int index)
    {
        var template = seeds[index % seeds.Count];
        var card = _scorecards[index % seeds.Count];
        var department = $"dept-{_random.Next(departments):D3}";
        var unit = $"{department}-unit-{_random.Next(unitsPerDepartment):D3}";
        var group = Groups[_random.Next(Groups.Length)];
        var service = Services[_random.Next(Services.Length)];
        var subject = group + service;
        var project = $"{Districts[_random.Next(Districts.Length)]}{subject}项目";
        var roll = _random.NextDouble();
        var rows = template.Indicators.Select((row, i) => Row(row, i, group, subject)).ToList();

        if (roll < 0.02)
        {
            // A satisfaction row copied from another subject's project (受益老年人 in a project without them).
            var other = Groups[_random.Next(Groups.Length)] + Services[_random.Next(Services.Length)];
            Replace(rows, r => r.Level1.StartsWith("满意度", StringComparison.Ordinal), r => r with { Name = $"受益{other}对象满意度" });
        }
        else if (roll < 0.03)
        {
            var other = Groups[_random.Next(Groups.Length)] + Services[_random.Next(Services.Length)];
            Replace(rows, r => r.Level1.StartsWith("产出", StringComparison.Ordinal), r => r with { Name = $"{other}{OutputMeasures[_random.Next(OutputMeasures.Length)]}统计" });
        }
        else if (roll < 0.04)
        {
            rows = [.. rows.Select(r => r with { ClaimedScore = r.Weight })];
        }
        else if (roll < 0.05)
        {
            Replace(rows, r => r.ParseActual().Kind == MeasureKind.Quantity, r => r with { Actual = "0", DeviationReason = null });
        }
        else if (roll < 0.06)
        {
            Replace(rows, r => r.Level1.StartsWith("产出", StringComparison.Ordinal), r => r with { Level2 = "成本指标", Name = $"{subject}人均成本", Target = "≥500(元)", Actual = "480(元)" });
        }

        var form = template with
        {
            Header = template.Header with { ProjectName = project, ImplementingUnit = $"{unit}单位", FiscalYear = 2024 },
            Indicators = rows,
            Funds = roll is >= 0.03 and < 0.04 ? template.Funds with { ClaimedScore = template.Funds.Weight } : template.Funds,
        };
        var evaluation = Snapshot(Guid.CreateVersion7(), unit, department, form, card, _random.NextDouble() < 0.5 ? EvaluationStatus.Approved : EvaluationStatus.InReview);

        Evaluation? previous = null;
        if (_random.NextDouble() < 0.1)
        {
            // Last year's approved form of the same project: its quantity actuals 10 % above this year's targets.
            var before = rows.Select(r => r.ParseTarget() is { Kind: MeasureKind.Quantity, Number: { } n, Unit: var u } && n > 0
                ? r with { Actual = $"{n * 1.1m:0.##}{(u is null ? "" : $"({u})")}" }
                : r).ToList();
            previous = Snapshot(Guid.CreateVersion7(), unit, department,
                form with { Header = form.Header with { FiscalYear = 2023 }, Indicators = before }, card, EvaluationStatus.Approved);
        }

        return (evaluation, previous);
    }

    private IndicatorRow Row(IndicatorRow row, int index, string group, string subject)
    {
        if (row.Level1.StartsWith("产出", StringComparison.Ordinal))
        {
            var name = subject + OutputMeasures[(index + _random.Next(3)) % OutputMeasures.Length];
            return row with { Name = _random.NextDouble() < 0.3 ? $"{name}（{Place()}）" : name };
        }

        if (row.Level1.StartsWith("效益", StringComparison.Ordinal))
        {
            return row with
            {
                Name = _random.NextDouble() < 0.4
                    ? BenefitBoilerplate[_random.Next(BenefitBoilerplate.Length)]
                    : $"{group}{BenefitMeasures[_random.Next(BenefitMeasures.Length)]}",
            };
        }

        return row with { Name = _random.NextDouble() < 0.3 ? "服务对象满意度" : $"{group}满意度" };
    }

    private void Replace(List<IndicatorRow> rows, Func<IndicatorRow, bool> which, Func<IndicatorRow, IndicatorRow> change)
    {
        var candidates = Enumerable.Range(0, rows.Count).Where(i => which(rows[i])).ToList();
        if (candidates.Count > 0)
        {
            var i = candidates[_random.Next(candidates.Count)];
            rows[i] = change(rows[i]);
        }
    }

    private static Evaluation Snapshot(Guid id, string unit, string department, EvaluationForm form, Scorecard card, EvaluationStatus status) => new()
    {
        Id = id,
        UnitId = unit,
        DepartmentId = department,
        FiscalYear = form.Header.FiscalYear,
        Form = form,
        Status = status,
        Submissions = 1,
        Scorecard = card,
        ScoredSubmission = 1,
        Source = "bench",
    };
}
