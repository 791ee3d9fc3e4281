using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.CrossChecks;

/// <summary>
/// "The same or nearly the same" on the real seed forms' indicator rows (docs/domain-rules.md#checks-across-forms-and-years):
/// the pairs that must match at the default threshold (Dice ≥ 0.80 of the character trigrams) and those that must not.
/// </summary>
public class TextSimilarityTests
{
    private static readonly double Threshold = CrossCheckSettings.Default.IndicatorSimilarity;

    private static IndicatorRow Row(EvaluationForm form, int index) => form.Indicators[index];

    private static double Similarity(IndicatorRow a, IndicatorRow b) => TextSimilarity.Dice(
        TextSimilarity.Trigrams(TextSimilarity.IndicatorText(a)), TextSimilarity.Trigrams(TextSimilarity.IndicatorText(b)));

    [Fact]
    public void Normalising_drops_whitespace_punctuation_digits_and_symbols_but_keeps_the_words()
    {
        Assert.Equal("月底完成订阅杂志及时率", TextSimilarity.Normalize(" 11月底完成订阅杂志\n及时率 "));
        Assert.Equal("", TextSimilarity.Normalize("≥100.00(%)"));
        Assert.Equal("人", TextSimilarity.Normalize("≥8000.00(人)"));
        Assert.Equal("abc满意度", TextSimilarity.Normalize("A-B c：满意度"));
    }

    [Fact]
    public void A_quantity_target_leaves_its_figure_out_of_the_text_and_a_word_target_stays_in()
    {
        Assert.Equal("灵活就业保障人数", TextSimilarity.IndicatorText(Row(SeedForms.FlexibleEmployment, 0)));
        Assert.Equal("保护灵活就业人群合法权益保护", TextSimilarity.IndicatorText(Row(SeedForms.FlexibleEmployment, 4)));
    }

    [Fact]
    public void Model_worker_row_5_劳模慰问对象符合标准_matches_retiree_row_4_慰问对象符合标准()
    {
        var similarity = Similarity(Row(SeedForms.ModelWorkerManagement, 4), Row(SeedForms.RetireeCommittee, 3));
        Assert.Equal(0.86, similarity, 2);
        Assert.True(similarity >= Threshold);
    }

    [Fact]
    public void Flexible_employment_row_7_长效管理机制健全有效_matches_member_card_row_9_工会会员卡长效管理机制健全有效()
    {
        Assert.True(Similarity(Row(SeedForms.FlexibleEmployment, 6), Row(SeedForms.MemberCard, 8)) >= Threshold);
    }

    [Fact]
    public void Model_worker_row_14_劳模长效管理机制健全性_matches_innovation_studio_row_6_长效管理机制健全性()
    {
        Assert.True(Similarity(Row(SeedForms.ModelWorkerManagement, 13), Row(SeedForms.InnovationStudio, 5)) >= Threshold);
    }

    [Fact]
    public void Model_worker_row_9_政策知晓率_is_the_same_text_as_innovation_studio_row_5_yet_too_short_to_call_a_copy()
    {
        var a = Row(SeedForms.ModelWorkerManagement, 8);
        var b = Row(SeedForms.InnovationStudio, 4);
        Assert.Equal(1.0, Similarity(a, b));
        Assert.True(TextSimilarity.IndicatorText(a).Length < CrossCheckSettings.Default.MinTextLength);
    }

    [Theory]
    [InlineData(2, 0, 2, 10)] // 慰问困难职工次数 / 慰问困难职工覆盖率: 0.62
    [InlineData(0, 1, 2, 3)] // 保障发放对象符合标准率 / 慰问对象符合标准: 0.53
    [InlineData(0, 6, 3, 5)] // 长效管理机制健全有效 健全有效 / 长效管理机制健全性 健全有效: 0.76
    [InlineData(0, 7, 2, 12)] // 灵活就业人员满意率 / 退休职工满意率
    [InlineData(1, 14, 4, 9)] // 劳模满意率 / 工会会员满意度
    [InlineData(0, 3, 0, 5)] // 增强灵活就业人群获得感和归属感 / 增强灵活就业人群的稳定性: 0.44
    public void Seed_rows_that_only_share_words_do_not_match(int formA, int rowA, int formB, int rowB)
    {
        Assert.True(Similarity(Row(SeedForms.All[formA], rowA), Row(SeedForms.All[formB], rowB)) < Threshold);
    }

    [Fact]
    public void Seed_project_names_are_unrelated_to_each_other()
    {
        var names = SeedForms.All.Select(f => f.Header.ProjectName).ToList();
        foreach (var a in names)
        {
            foreach (var b in names.Where(n => n != a))
            {
                Assert.True(TextSimilarity.Dice(a, b) < CrossCheckSettings.Default.ProjectSimilarity, $"{a} / {b}");
            }
        }

        Assert.True(TextSimilarity.Dice("区劳模管理服务经费", "区劳模管理服务经费（二期）") >= CrossCheckSettings.Default.ProjectSimilarity);
    }

    [Fact]
    public void The_prefix_filtered_join_finds_every_pair_that_comparing_all_pairs_finds()
    {
        var texts = SeedForms.All.SelectMany(f => f.Indicators).Select(TextSimilarity.IndicatorText)
            .Concat(SeedForms.All.SelectMany(f => f.Indicators).Select(r => "区" + TextSimilarity.IndicatorText(r)))
            .Concat(SeedForms.All.SelectMany(f => f.Indicators).Select(r => TextSimilarity.IndicatorText(r) + "率"))
            .Distinct().ToList();
        var sets = texts.Select(TextSimilarity.Trigrams).ToList();
        foreach (var threshold in new[] { 0.5, 0.7, 0.8, 0.9 })
        {
            var expected = new HashSet<(int, int)>();
            for (var i = 0; i < sets.Count; i++)
            {
                for (var j = i + 1; j < sets.Count; j++)
                {
                    if (TextSimilarity.Dice(sets[i], sets[j]) >= threshold)
                    {
                        expected.Add((i, j));
                    }
                }
            }

            var found = NearDuplicates.Find(sets, threshold).Select(p => (Math.Min(p.A, p.B), Math.Max(p.A, p.B))).ToList();
            Assert.Equal(found.Count, found.Distinct().Count());
            Assert.Equal(expected.OrderBy(p => p), found.OrderBy(p => p));
            Assert.NotEmpty(expected);
        }
    }

    [Fact]
    public void The_join_finds_every_pair_among_texts_that_differ_by_a_place_or_a_measure()
    {
        // Texts alike in the way that tests the positional filter: the same subject with another measure, or the same
        // row with a street's name added, each pair meeting late in its rarest-first order.
        string[] subjects = ["社区老年人助餐服务", "困难职工技能培训", "农村留守儿童心理疏导", "残疾人康复训练"];
        string[] measures = ["覆盖人数", "服务人次", "完成率", "按时完成率", "对象符合标准率"];
        string[] places = ["", "朱家角街道", "练塘街道", "金泽街道", "赵巷街道", "徐泾街道", "华新街道"];
        var texts = (from subject in subjects from measure in measures from place in places select TextSimilarity.Normalize(subject + measure + place)).ToList();
        var sets = texts.Select(TextSimilarity.Trigrams).ToList();
        foreach (var threshold in new[] { 0.6, 0.7, 0.8 })
        {
            var expected = new HashSet<(int, int)>();
            for (var i = 0; i < sets.Count; i++)
            {
                for (var j = i + 1; j < sets.Count; j++)
                {
                    if (TextSimilarity.Dice(sets[i], sets[j]) >= threshold)
                    {
                        expected.Add((i, j));
                    }
                }
            }

            var found = NearDuplicates.Find(sets, threshold).ToList();
            Assert.Equal(expected.OrderBy(p => p), found.Select(p => (Math.Min(p.A, p.B), Math.Max(p.A, p.B))).OrderBy(p => p));
            Assert.All(found, p => Assert.Equal(TextSimilarity.Dice(sets[p.A], sets[p.B]), p.Dice, 9));
            Assert.NotEmpty(expected);
        }
    }
}
