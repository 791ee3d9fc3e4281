using FluentValidation;
using PerfEval.Api.Evaluations;
using PerfEval.Api.Http;
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
            RuleFor(c => c.Header.ProjectName).NotEmpty().Text(limits.NameLength);
            RuleFor(c => c.Header.CompetentDepartment).Text(limits.NameLength);
            RuleFor(c => c.Header.ImplementingUnit).Text(limits.NameLength);
            RuleFor(c => c.Header.FiscalYear).AcceptedYear();
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
        RuleFor(c => c.Indicators).NotNull().AtMost(limits.MaxIndicators);
        RuleForEach(c => c.Indicators).NotNull().SetValidator(new IndicatorValidator(limits));
    }

    /// <summary>A 400 problem listing every failing field, or null when the declaration is acceptable input.</summary>
    public IResult? Problem(TargetContent? content)
    {
        if (content is null)
        {
            return Problems.Validation([new FieldError("body", FieldLabels.For("body"), "请提交绩效目标内容。", "A declaration is required.")]);
        }

        var result = Validate(content);
        return result.IsValid
            ? null
            : Problems.Validation(result.Errors
                .Select(e => ValidationMessages.From(e, i => i < content.Indicators?.Count ? content.Indicators[i]?.Name : null))
                .ToList());
    }

    private sealed class IndicatorValidator : AbstractValidator<TargetIndicator>
    {
        public IndicatorValidator(InputLimits limits)
        {
            RuleFor(i => i.Level1).NotEmpty().Text(limits.TextLength);
            RuleFor(i => i.Level2).NotEmpty().Text(limits.TextLength);
            RuleFor(i => i.Name).NotEmpty().Text(limits.TextLength);
            RuleFor(i => i.Target).Text(limits.TextLength);
            RuleFor(i => i.Weight).InclusiveBetween(0m, 100m);
            RuleFor(i => i.ScoringMethod).Text(limits.GoalLength);
        }
    }
}
