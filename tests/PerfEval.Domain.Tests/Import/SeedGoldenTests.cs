using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

/// <summary>The five seed forms, every cell as printed in the published PDF (tests/…/TestData/seed-forms-2024.txt).</summary>
public class SeedGoldenTests
{
    private static readonly GoldenForm[] Golden =
    [
        new(
            "灵活就业工作经费",
            new FundsTable
            {
                Total = new FundsRow { InitialBudget = 72m, FullYearBudget = 63.44m, Executed = 63.43m, ClaimedRate = 99.98m },
                CurrentAppropriation = new FundsRow { InitialBudget = 72m, FullYearBudget = 63.44m, Executed = 63.43m, ClaimedRate = 99.98m },
                CarryOver = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Other = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Weight = 10m,
                ClaimedScore = 10m,
            },
            "为深入贯彻落实习近平总书记在同中华全国总工会新一届领导班子成员集体谈话以及在民营企业座谈会上的重要讲话和中国工会十七大精神,发挥工会组织独特优势,大力推进本市灵活就业群体人员入会,切实做好非正规就业、非标准劳动关系和无单独建会工会会员服务资金保障工作的有效延续,增强入会吸引力,努力扩大工会组织对新产业新群体的覆盖面,夯实党执政的阶级基础和群众基础,为上海经济社会发展和改革开放大局凝聚力量。",
            "当年度积极推进本市灵活就业群体人员入会完成指标8000人，并切实做好非正规就业、非标准劳动关系和无单独建会工会会员服务资金保障工作，多措并举，有效增强了入会吸引力，扩大了工会组织对新就业形态劳动者的覆盖面。已完成本年度灵活就业人员工作经费发放63.43万元，主要用于为其提供体检服务，送慰问物品。",
            98m,
            [
            new("产出指标", "数量指标", "灵活就业保障人数", "≥8000.00(人)", "8000.00(人)", 15m, 15m, null),
            new("产出指标", "质量指标", "保障发放对象符合标准率", "≥100.00(%)", "100.00(%)", 15m, 15m, null),
            new("产出指标", "时效指标", "每季度保障及时率", "≥100.00(%)", "100.00(%)", 10m, 10m, null),
            new("效益指标", "社会效益指标", "增强灵活就业人群获得感和归属感", "增强", "增强", 10m, 10m, null),
            new("效益指标", "社会效益指标", "保护灵活就业人群合法权益", "保护", "保护", 10m, 10m, null),
            new("效益指标", "社会效益指标", "增强灵活就业人群的稳定性", "增强", "增强", 10m, 10m, null),
            new("效益指标", "可持续影响指标", "长效管理机制健全有效", "健全有效", "健全有效", 10m, 10m, null),
            new("满意度指标", "服务对象满意度指标", "灵活就业人员满意率", "≥90.00(%)", "95.00(%)", 10m, 8m, "灵活就业人员较满意"),
            ]),
        new(
            "区劳模管理服务经费",
            new FundsTable
            {
                Total = new FundsRow { InitialBudget = 43.8m, FullYearBudget = 44.04m, Executed = 42m, ClaimedRate = 95.36m },
                CurrentAppropriation = new FundsRow { InitialBudget = 43.8m, FullYearBudget = 44.04m, Executed = 42m, ClaimedRate = 95.36m },
                CarryOver = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Other = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Weight = 10m,
                ClaimedScore = 9.54m,
            },
            "组织劳模体检、疗休养，发放生日贺卡和生日蛋糕、春节慰问信、劳模杂志等，使劳模感受组织的关怀和温暖；根据(沪工总宣【2016】38号)的要求，进一步做好新形势下劳模关心关爱和帮扶服务工作，为劳模办实事、送温暖，解难事；充分发挥劳模的引领作用。",
            "已完成年度总体目标。组织42位劳模体检、36位劳模疗休养；发放354份劳模生日贺卡和生日蛋糕券；由于本区劳模身体健康状况良好，生老病死慰问完成率较低。进一步做好新形势下劳模关心关爱和帮扶服务工作，为劳模办实事、送温暖，解难事；充分发挥劳模的引领作用。",
            96.04m,
            [
            new("产出指标", "数量指标", "组织劳模疗休养人数", "=36.00(人)", "36.00(人)", 8m, 8m, null),
            new("产出指标", "数量指标", "劳模慰问人数", "≥144.00(人)", "144.00(人)", 8m, 8m, null),
            new("产出指标", "数量指标", "为劳模订阅杂志数", "=360.00(份)", "360.00(份)", 4m, 4m, null),
            new("产出指标", "质量指标", "确保疗休养安全", "=100.00(%)", "100.00(%)", 5m, 5m, null),
            new("产出指标", "质量指标", "劳模慰问对象符合标准", "=100.00(%)", "100.00(%)", 5m, 5m, null),
            new("产出指标", "时效指标", "11月底完成订阅杂志及时率", "及时", "达成指标", 4m, 4m, null),
            new("产出指标", "时效指标", "劳模慰问完成及时率", "=100.00(%)", "100.00(%)", 8m, 8m, null),
            new("产出指标", "时效指标", "10月底前完成劳模疗休养及时性", "及时", "达成指标", 8m, 8m, null),
            new("效益指标", "社会效益指标", "政策知晓率", "≥85.00(%)", "85.00(%)", 10m, 10m, null),
            new("效益指标", "社会效益指标", "发挥劳模的引领作用", "发挥", "部分达成指标并具有一定效果", 5m, 3m, "进一步提升劳模发挥引领作用"),
            new("效益指标", "社会效益指标", "改善生活困难劳模生活条件", "改善", "部分达成指标并具有一定效果", 3m, 2m, "未能全面满足劳模多方面、多层次的生活需求"),
            new("效益指标", "社会效益指标", "慰问覆盖率", "≥100.00(%)", "100.00(%)", 4m, 4m, null),
            new("效益指标", "社会效益指标", "生活困难劳模反馈问题处理", "及时", "及时", 5m, 5m, null),
            new("效益指标", "可持续影响指标", "劳模长效管理机制健全性", "健全", "部分达成指标并具有一定效果", 3m, 2.5m, "进一步健全劳模关心关爱相关管理制度"),
            new("满意度指标", "服务对象满意度指标", "劳模满意率", "=100.00(%)", "100.00(%)", 10m, 10m, null),
            ]),
        new(
            "区退管会管理工作经费",
            new FundsTable
            {
                Total = new FundsRow { InitialBudget = 10.8m, FullYearBudget = 10.8m, Executed = 10.8m, ClaimedRate = 100m },
                CurrentAppropriation = new FundsRow { InitialBudget = 10.8m, FullYearBudget = 10.8m, Executed = 10.8m, ClaimedRate = 100m },
                CarryOver = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Other = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Weight = 10m,
                ClaimedScore = 10m,
            },
            "1.开展“双月”为老服务活动。分别在夏阳、盈浦、练塘、朱家角镇开展“双月”为老服务活动，全面贯彻落实党和政府有关退休职工的方针政策，增强为老服务内涵，积极为老年人办实事、办好事。2.会同相关单位开展2场敬老月老年人文艺活动，弘扬中华民族尊老敬老的传统美德，丰富老年群众的物质和精神文化生活；3.做好慰问困难退休职工夏送清凉、冬送温暖工作，关心退休人员的冷暖，对退休人员送精神、送健康、送关爱。",
            "已完成全年度计划目标，开展双月为老服务活动；会同相关单位开展了2场敬老月活动；对困难退休职工进行了夏送清凉、冬送温暖的工作。",
            97m,
            [
            new("产出指标", "数量指标", "慰问困难职工次数", "=80.00(人)", "80.00(人)", 10m, 10m, null),
            new("产出指标", "数量指标", "开展敬老月活动数", "≥2.00(场)", "2.00(场)", 10m, 10m, null),
            new("产出指标", "数量指标", "开展为老服务人数", "≥10459.00(人)", "10412.00(人)", 10m, 9m, null),
            new("产出指标", "质量指标", "慰问对象符合标准", "=100.00(%)", "100.00(%)", 10m, 10m, null),
            new("产出指标", "质量指标", "敬老月活动参与人数达标率", "=100.00(%)", "90.00(%)", 10m, 8m, "因天气原因，导致参与人数未达标"),
            new("产出指标", "质量指标", "为老服务点服务质量考核达标率", "=100.00(%)", "100.00(%)", 5m, 5m, null),
            new("产出指标", "时效指标", "各项工作按时完成率", "=100.00(%)", "100.00(%)", 5m, 5m, null),
            new("效益指标", "社会效益指标", "丰富退休职工文化生活", "丰富", "丰富", 5m, 5m, null),
            new("效益指标", "社会效益指标", "改善困难退休职工生活条件", "改善", "改善", 5m, 5m, null),
            new("效益指标", "社会效益指标", "志愿者队伍人数", "≥2.00(支)", "2.00(支)", 5m, 5m, null),
            new("效益指标", "社会效益指标", "慰问困难职工覆盖率", "=100.00(%)", "100.00(%)", 5m, 5m, null),
            new("效益指标", "可持续影响指标", "长效管理机健全性制", "健全有效", "健全有效", 5m, 5m, null),
            new("满意度指标", "服务对象满意度指标", "退休职工满意率", "≥85.00(%)", "85.00(%)", 5m, 5m, null),
            ]),
        new(
            "青浦区劳模创新工作室创建",
            new FundsTable
            {
                Total = new FundsRow { InitialBudget = 41.2m, FullYearBudget = 41.2m, Executed = 34.08m, ClaimedRate = 82.72m },
                CurrentAppropriation = new FundsRow { InitialBudget = 41.2m, FullYearBudget = 41.2m, Executed = 34.08m, ClaimedRate = 82.72m },
                CarryOver = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Other = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Weight = 10m,
                ClaimedScore = 8.72m,
            },
            "为弘扬工人阶级伟大品格和劳模精神，充分发挥劳动模范在“创新驱动、转型发展”中的示范引领和骨干带头作用，加快培养高技能专业人才、高素质创新人才，推动青浦创新驱动、转型发展，根据《上海市总工会关于广泛深入开展“当好科学发展主力军、打好创新转型攻坚战”主题实践活动的意见》精神，区总工会在2024年全区开展青浦区“劳模创新工作室”创建工作，拟创建命名3家区劳模创新工作室，按工作室管理周期，对2019年、2022年已命名的6家区劳模工作室进行复审评估。",
            "2024年青浦区总工会收到4家劳模创新工作室的创建申请，组织申报4家，创建3家，每家补贴4万元，共计12万元；复审6家劳模创新工作室，全部通过，每家补贴3万元，共计18万元。2024年创建和复审共补贴30万元，评审由第三方上海青浦区青泽技能培训评估所完成，评审费用4.08万元，共计使用34.08万元。",
            96.52m,
            [
            new("产出指标", "数量指标", "完成资助劳模工作室数", "=100", "=100", 15m, 15m, null),
            new("产出指标", "质量指标", "劳模工作室达标率", ">=95", "=100", 15m, 15m, null),
            new("产出指标", "时效指标", "经费下拨及时率", "=100.00(%)", "100.00(%)", 20m, 20m, null),
            new("效益指标", "社会效益指标", "劳模覆盖率", "=100", ">=90", 3m, 2.7m, "岗位及年龄等原因。因创尽创，积极发动。"),
            new("效益指标", "社会效益指标", "政策知晓率", ">=90", ">=85", 3m, 2.8m, "宣传力度不够。通过多渠道推广从而提升知晓率。"),
            new("效益指标", "可持续影响指标", "长效管理机制健全性", "健全有效", "健全有效", 4m, 4m, null),
            new("满意度指标", "服务对象满意度指标", "满意度", ">=90", ">=85", 30m, 28.3m, "宣传力度加强，多举措整改提升满意度。"),
            ]),
        new(
            "工会会员卡专项资金补贴",
            new FundsTable
            {
                Total = new FundsRow { InitialBudget = 20m, FullYearBudget = 20m, Executed = 20m, ClaimedRate = 100m },
                CurrentAppropriation = new FundsRow { InitialBudget = 20m, FullYearBudget = 20m, Executed = 20m, ClaimedRate = 100m },
                CarryOver = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Other = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m },
                Weight = 10m,
                ClaimedScore = 10m,
            },
            "1.提高本区工会会员的办卡数至176000张  2.将原来的工会会员专项基本保障参保率95.22%提高至97% 3.完成大病人员享受会员专享保障320人 4.加强宣传工会会员服务卡功能，提高持卡会员知晓率。",
            "本年度按年初计划完成工会会员办卡、会员专享保障参保、大病人员专享保障理赔等工作，完成工会会员卡宣传工作提高持卡会员知晓率。",
            96m,
            [
            new("产出指标", "数量指标", "注册会员卡数", "≥176000.00(张)", "140000.00(张)", 20m, 17m, "基层单位未及时完成注册时，及时督促其完成"),
            new("产出指标", "质量指标", "会员符合注册资格", "≥100.00(%)", "100.00(%)", 10m, 10m, null),
            new("产出指标", "时效指标", "会员卡注册及完成及时率", "=100.00(%)", "100.00(%)", 10m, 10m, null),
            new("效益指标", "经济效益指标", "工会会费缴纳率", "=100.00(%)", "100.00(%)", 6m, 6m, null),
            new("效益指标", "社会效益指标", "保持劳动关系稳定和谐", "保持", "达成指标", 6m, 6m, null),
            new("效益指标", "社会效益指标", "提高会员卡使用便利度", "便利", "达成指标", 6m, 6m, null),
            new("效益指标", "社会效益指标", "享受会员卡提供的优惠政策", "享受", "达成指标", 6m, 6m, null),
            new("效益指标", "社会效益指标", "工会保险理赔率", "及时", "达成指标", 6m, 6m, null),
            new("效益指标", "可持续影响指标", "工会会员卡长效管理机制健全有效", "健全有效", "达成指标", 10m, 10m, null),
            new("满意度指标", "服务对象满意度指标", "工会会员满意度", "≥100.00(%)", "96.00(%)", 10m, 9m, null),
            ]),
    ];

    public static TheoryData<int> Indexes() => [0, 1, 2, 3, 4];

    [Fact]
    public void The_seed_file_imports_five_forms_without_errors()
    {
        var result = FormImporter.Import(File.OpenRead(SeedForms.Path), SeedForms.FileName);

        Assert.Equal(FormFileFormat.PdfText, result.Format);
        Assert.Empty(result.Errors);
        Assert.Equal(5, result.Forms.Count);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Header_is_read_as_printed(int index)
    {
        var header = SeedForms.All[index].Header;

        Assert.Equal(Golden[index].ProjectName, header.ProjectName);
        Assert.Equal("上海市青浦区总工会", header.CompetentDepartment);
        Assert.Equal("上海市青浦区总工会", header.ImplementingUnit);
        Assert.Equal(2024, header.FiscalYear);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Funds_table_is_read_as_printed_including_sub_rows(int index)
    {
        Assert.Equal(Golden[index].Funds, SeedForms.All[index].Funds);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Goals_are_split_into_expected_and_actual_and_broken_lines_are_joined(int index)
    {
        var goals = SeedForms.All[index].Goals;

        Assert.Equal(Golden[index].Expected, goals.Expected);
        Assert.Equal(Golden[index].Actual, goals.Actual);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Every_indicator_row_is_read_as_printed(int index)
    {
        var actual = SeedForms.All[index].Indicators
            .Select(r => new GoldenRow(r.Level1, r.Level2, r.Name, r.Target, r.Actual, r.Weight, r.ClaimedScore, r.DeviationReason))
            .ToArray();

        Assert.Equal(Golden[index].Rows, actual);
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Total_and_grade_are_read_as_printed(int index)
    {
        var form = SeedForms.All[index];

        Assert.Equal(Golden[index].Total, form.ClaimedTotal);
        Assert.Equal("优", form.ClaimedGrade);
    }

    [Fact]
    public void Printed_totals_are_98_00_96_04_97_00_96_52_96_00()
    {
        Assert.Equal([98.00m, 96.04m, 97.00m, 96.52m, 96.00m], SeedForms.All.Select(f => f.ClaimedTotal!.Value));
    }

    [Fact]
    public void Multi_line_level2_names_are_joined()
    {
        var level2 = SeedForms.All.SelectMany(f => f.Indicators).Select(r => r.Level2).Distinct().Order();

        Assert.Equal(["可持续影响指标", "数量指标", "时效指标", "服务对象满意度指标", "社会效益指标", "经济效益指标", "质量指标"], level2.Order(StringComparer.Ordinal));
    }

    private sealed record GoldenForm(string ProjectName, FundsTable Funds, string Expected, string Actual, decimal Total, GoldenRow[] Rows);

    private sealed record GoldenRow(string Level1, string Level2, string Name, string Target, string Actual, decimal Weight, decimal? Score, string? Reason);
}
