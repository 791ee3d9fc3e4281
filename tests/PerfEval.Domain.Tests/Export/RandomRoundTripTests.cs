using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Export;

/// <summary>Property-style: random forms (seeded) come back equal from .xlsx and from JSON.</summary>
public class RandomRoundTripTests
{
    private static readonly string[] Words = ["增强", "=100", "8000", "≥8000.00(人)", "达成指标", "部分达成指标并具有一定效果", "a b", "'quote", "=SUM(A1)", "1e5", "TRUE", "2024-01-01", "　全角　", "😀", "x\ny"];
    private static readonly decimal[] Figures = [0m, 0.5m, 1m, 2.4m, 8.27m, 15.91m, 99.98m, 100m, 176000m, 0.000001m, 123456789.123456789m];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_form_round_trips_through_xlsx_and_json(int seed)
    {
        var form = RandomForm(new Random(seed));

        var fromXlsx = FormImporter.Import(new MemoryStream(XlsxFormExporter.ToBytes([form])), "random.xlsx");
        using var json = new MemoryStream();
        JsonFormExporter.Export(form, json);
        var fromJson = FormImporter.Import(new MemoryStream(json.ToArray()), "random.json");

        Assert.Empty(fromXlsx.Errors);
        Assert.Equal(form, Assert.Single(fromXlsx.Forms));
        Assert.Empty(fromJson.Errors);
        Assert.Equal(form, Assert.Single(fromJson.Forms));
    }

    private static EvaluationForm RandomForm(Random random)
    {
        string Word() => Words[random.Next(Words.Length)] + random.Next(100);
        decimal Figure() => Figures[random.Next(Figures.Length)];
        decimal? Maybe() => random.Next(4) == 0 ? null : Figure();
        FundsRow Row() => new() { InitialBudget = Maybe(), FullYearBudget = Maybe(), Executed = Maybe(), ClaimedRate = Maybe() };

        var level1 = new[] { "产出指标", "效益指标", "满意度指标" };
        var indicators = Enumerable.Range(0, random.Next(1, 20)).Select(i => new IndicatorRow
        {
            Level1 = level1[Math.Min(i / 4, 2)],
            Level2 = "L2-" + (i / 2),
            Name = Word(),
            Target = Word(),
            Actual = Word(),
            Weight = Figure(),
            ClaimedScore = Maybe(),
            DeviationReason = random.Next(3) == 0 ? null : Word(),
        }).ToArray();

        // One in three a department-wide form, with its department's figures or none.
        var departmentWide = random.Next(3) == 0;
        DepartmentFacts? department = departmentWide && random.Next(4) > 0
            ? new DepartmentFacts
            {
                AuthorizedStaff = random.Next(3) == 0 ? null : random.Next(0, 5000),
                ActualStaff = random.Next(3) == 0 ? null : random.Next(0, 5000),
                ThreePublicCurrent = Maybe(),
                ThreePublicPrevious = Maybe(),
                KeyExpenditure = Maybe(),
                ProjectExpenditure = Figure(),
            }
            : null;
        var seed = SeedForms.FlexibleEmployment;
        return seed with
        {
            Kind = departmentWide ? FormKind.DepartmentWide : FormKind.Project,
            Department = department,
            Header = new FormHeader { ProjectName = Word(), CompetentDepartment = Word(), ImplementingUnit = Word(), FiscalYear = 2000 + random.Next(50) },
            Funds = new FundsTable { Total = Row(), CurrentAppropriation = Row(), CarryOver = Row(), Other = Row(), Weight = Figure(), ClaimedScore = Maybe() },
            Goals = new AnnualGoals { Expected = Word() + Word(), Actual = random.Next(5) == 0 ? "" : Word() },
            Indicators = indicators,
            ClaimedTotal = Maybe(),
            ClaimedGrade = random.Next(3) == 0 ? null : "良",
        };
    }
}
