using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>The five real 2024 forms of the seed file, read once.</summary>
public static class SeedForms
{
    public const string FileName = "seed-forms-2024.txt";

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", FileName);

    public static string Text { get; } = File.ReadAllText(Path);

    private static readonly Lazy<IReadOnlyList<EvaluationForm>> Forms = new(() =>
    {
        var result = PdfTextFormImporter.Import(Text);
        if (result.Errors.Count > 0)
        {
            throw new InvalidOperationException("Seed does not import: " + string.Join("; ", result.Errors));
        }

        return result.Forms;
    });

    public static IReadOnlyList<EvaluationForm> All => Forms.Value;

    /// <summary>灵活就业工作经费.</summary>
    public static EvaluationForm FlexibleEmployment => All[0];

    /// <summary>区劳模管理服务经费.</summary>
    public static EvaluationForm ModelWorkerManagement => All[1];

    /// <summary>区退管会管理工作经费.</summary>
    public static EvaluationForm RetireeCommittee => All[2];

    /// <summary>青浦区劳模创新工作室创建.</summary>
    public static EvaluationForm InnovationStudio => All[3];

    /// <summary>工会会员卡专项资金补贴.</summary>
    public static EvaluationForm MemberCard => All[4];
}
