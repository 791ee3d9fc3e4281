using FluentValidation;
using PerfEval.Api.Evaluations;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Api.Targets;

/// <summary>
/// Whether a declaration is acceptable input: complete (a project, a year in range, named indicators) and within the
/// HTTP edge's limits. The declaration rules (weights, comparators, vague wording) are findings, not refusals.
/// </summary>
public sealed class TargetInputValidator : AbstractValidator<TargetContent>
{
    private const decimal MaxAmount = 1_000_000_000m;

    public TargetInputValidator(InputLimits limits)
    {
        RuleFor(c => c.Header).NotNull().DependentRules(() =>
        {
            RuleFor(c => c.Header.ProjectName).NotEmpty().WithMessage("项目名称不能为空。The project name is required.").Text(limits.NameLength);
            RuleFor(c => c.Header.CompetentDepartment).Text(limits.NameLength);
            RuleFor(c => c.Header.ImplementingUnit).Text(limits.NameLength);
            RuleFor(c => c.Header.FiscalYear).Must(FiscalYears.IsAccepted).WithMessage($"年度须为{FiscalYears.Expected}。Expected {FiscalYears.ExpectedEn}.");
        });
        RuleFor(c => c.Budget).NotNull().DependentRules(() =>
        {
            RuleFor(c => c.Budget.Total).InclusiveBetween(0m, MaxAmount);
            RuleFor(c => c.Budget.CurrentAppropriation).InclusiveBetween(0m, MaxAmount);
            RuleFor(c => c.Budget.CarryOver).InclusiveBetween(0m, MaxAmount);
            RuleFor(c => c.Budget.Other).InclusiveBetween(0m, MaxAmount);
        });
        RuleFor(c => c.Goals).Text(limits.GoalLength);
        RuleFor(c => c.ExecutionWeight).InclusiveBetween(0m, 100m);
        RuleFor(c => c.Indicators).NotNull().Must(i => i.Count <= limits.MaxIndicators)
            .WithMessage($"绩效目标最多 {limits.MaxIndicators} 项指标。A declaration has at most {limits.MaxIndicators} indicators.");
        RuleForEach(c => c.Indicators).NotNull().SetValidator(new IndicatorValidator(limits));
    }

    /// <summary>A 400 problem listing every failing field, or null when the declaration is acceptable input.</summary>
    public IResult? Problem(TargetContent? content)
    {
        if (content is null)
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["body"] = ["请提交绩效目标内容。A declaration is required."] });
        }

        var result = Validate(content);
        return result.IsValid
            ? null
            : Problems.Validation(result.Errors
                .GroupBy(e => CamelPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }

    private static string CamelPath(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private sealed class IndicatorValidator : AbstractValidator<TargetIndicator>
    {
        public IndicatorValidator(InputLimits limits)
        {
            RuleFor(i => i.Level1).NotEmpty().WithMessage("一级指标不能为空。Level 1 is required.").Text(limits.TextLength);
            RuleFor(i => i.Level2).NotEmpty().WithMessage("二级指标不能为空。Level 2 is required.").Text(limits.TextLength);
            RuleFor(i => i.Name).NotEmpty().WithMessage("三级指标名称不能为空。The indicator's name is required.").Text(limits.TextLength);
            RuleFor(i => i.Target).Text(limits.TextLength);
            RuleFor(i => i.Weight).InclusiveBetween(0m, 100m);
            RuleFor(i => i.ScoringMethod).Text(limits.GoalLength);
        }
    }
}
