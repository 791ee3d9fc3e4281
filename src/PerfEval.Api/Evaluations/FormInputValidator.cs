using FluentValidation;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// Input limits of a form arriving over HTTP: required cells present, lengths and numbers in range. The scoring
/// rules (weights adding to 100, claims against the rules) are findings, not refusals, and are not checked here.
/// </summary>
public sealed class FormInputValidator : AbstractValidator<EvaluationForm>
{
    public const int MaxIndicators = 200;
    public const int TextLength = 500;
    public const int GoalLength = 10_000;
    private const decimal MaxAmount = 1_000_000_000m;

    public FormInputValidator()
    {
        RuleFor(f => f.Header).NotNull().SetValidator(new HeaderValidator());
        RuleFor(f => f.Funds).NotNull().SetValidator(new FundsValidator());
        RuleFor(f => f.Goals).NotNull();
        RuleFor(f => f.Goals.Expected).MaximumLength(GoalLength).When(f => f.Goals is not null);
        RuleFor(f => f.Goals.Actual).MaximumLength(GoalLength).When(f => f.Goals is not null);
        RuleFor(f => f.Indicators).NotNull()
            .Must(i => i.Count is > 0 and <= MaxIndicators)
            .WithMessage($"A form has 1 to {MaxIndicators} indicators.");
        RuleForEach(f => f.Indicators).NotNull().SetValidator(new IndicatorValidator());
        RuleFor(f => f.ClaimedTotal).InclusiveBetween(0m, 1000m);
        RuleFor(f => f.ClaimedGrade).MaximumLength(8);
    }

    private sealed class HeaderValidator : AbstractValidator<FormHeader>
    {
        public HeaderValidator()
        {
            RuleFor(h => h.ProjectName).NotEmpty().MaximumLength(Limits.NameLength);
            RuleFor(h => h.CompetentDepartment).NotEmpty().MaximumLength(Limits.NameLength);
            RuleFor(h => h.ImplementingUnit).NotEmpty().MaximumLength(Limits.NameLength);
            RuleFor(h => h.FiscalYear).InclusiveBetween(2000, 2100);
        }
    }

    private sealed class FundsValidator : AbstractValidator<FundsTable>
    {
        public FundsValidator()
        {
            RuleFor(f => f.Total).NotNull().SetValidator(new FundsRowValidator());
            RuleFor(f => f.CurrentAppropriation).NotNull().SetValidator(new FundsRowValidator());
            RuleFor(f => f.CarryOver).NotNull().SetValidator(new FundsRowValidator());
            RuleFor(f => f.Other).NotNull().SetValidator(new FundsRowValidator());
            RuleFor(f => f.Weight).InclusiveBetween(0m, 100m);
            RuleFor(f => f.ClaimedScore).InclusiveBetween(0m, 100m);
        }
    }

    private sealed class FundsRowValidator : AbstractValidator<FundsRow>
    {
        public FundsRowValidator()
        {
            RuleFor(r => r.InitialBudget).InclusiveBetween(0m, MaxAmount);
            RuleFor(r => r.FullYearBudget).InclusiveBetween(0m, MaxAmount);
            RuleFor(r => r.Executed).InclusiveBetween(0m, MaxAmount);
            RuleFor(r => r.ClaimedRate).InclusiveBetween(0m, 10_000m);
        }
    }

    private sealed class IndicatorValidator : AbstractValidator<IndicatorRow>
    {
        public IndicatorValidator()
        {
            RuleFor(i => i.Level1).NotEmpty().MaximumLength(TextLength);
            RuleFor(i => i.Level2).NotEmpty().MaximumLength(TextLength);
            RuleFor(i => i.Name).NotEmpty().MaximumLength(TextLength);
            RuleFor(i => i.Target).NotEmpty().MaximumLength(TextLength);
            RuleFor(i => i.Actual).NotNull().MaximumLength(TextLength);
            RuleFor(i => i.Weight).InclusiveBetween(0m, 100m);
            RuleFor(i => i.ClaimedScore).InclusiveBetween(0m, 100m);
            RuleFor(i => i.DeviationReason).MaximumLength(GoalLength);
        }
    }
}
