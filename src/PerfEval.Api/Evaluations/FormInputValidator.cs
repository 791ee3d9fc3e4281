using FluentValidation;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// Size limits of a form arriving over HTTP: text lengths, row count and the range of every figure. Whether the
/// form is complete (cells present, names not empty, a plausible year) is the domain's
/// <see cref="Domain.Import.FormValidator"/>; the scoring rules (weights adding to 100, claims against the rules)
/// are findings, not refusals.
/// </summary>
public sealed class FormInputValidator : AbstractValidator<EvaluationForm>
{
    public const int MaxIndicators = 200;
    public const int TextLength = 500;
    public const int GoalLength = 10_000;
    private const decimal MaxAmount = 1_000_000_000m;

    public FormInputValidator()
    {
        RuleFor(f => f.Header).SetValidator(new HeaderValidator());
        RuleFor(f => f.Funds).SetValidator(new FundsValidator());
        RuleFor(f => f.Goals.Expected).MaximumLength(GoalLength).When(f => f.Goals is not null);
        RuleFor(f => f.Goals.Actual).MaximumLength(GoalLength).When(f => f.Goals is not null);
        RuleFor(f => f.Indicators).Must(i => i.Count <= MaxIndicators).When(f => f.Indicators is not null)
            .WithMessage($"A form has at most {MaxIndicators} indicators.");
        RuleForEach(f => f.Indicators).SetValidator(new IndicatorValidator());
        RuleFor(f => f.ClaimedTotal).InclusiveBetween(0m, 1000m);
        RuleFor(f => f.ClaimedGrade).MaximumLength(8);
    }

    private sealed class HeaderValidator : AbstractValidator<FormHeader>
    {
        public HeaderValidator()
        {
            RuleFor(h => h.ProjectName).MaximumLength(Limits.NameLength);
            RuleFor(h => h.CompetentDepartment).MaximumLength(Limits.NameLength);
            RuleFor(h => h.ImplementingUnit).MaximumLength(Limits.NameLength);
        }
    }

    private sealed class FundsValidator : AbstractValidator<FundsTable>
    {
        public FundsValidator()
        {
            RuleFor(f => f.Total).SetValidator(new FundsRowValidator());
            RuleFor(f => f.CurrentAppropriation).SetValidator(new FundsRowValidator());
            RuleFor(f => f.CarryOver).SetValidator(new FundsRowValidator());
            RuleFor(f => f.Other).SetValidator(new FundsRowValidator());
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
            RuleFor(i => i.Level1).MaximumLength(TextLength);
            RuleFor(i => i.Level2).MaximumLength(TextLength);
            RuleFor(i => i.Name).MaximumLength(TextLength);
            RuleFor(i => i.Target).MaximumLength(TextLength);
            RuleFor(i => i.Actual).MaximumLength(TextLength);
            RuleFor(i => i.Weight).InclusiveBetween(0m, 100m);
            RuleFor(i => i.ClaimedScore).InclusiveBetween(0m, 100m);
            RuleFor(i => i.DeviationReason).MaximumLength(GoalLength);
        }
    }
}
