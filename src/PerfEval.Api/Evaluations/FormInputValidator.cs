using FluentValidation;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// Size limits of a form arriving over HTTP or from an imported file (<see cref="InputLimits"/>): text lengths, no
/// control characters, row count and the range of every figure. Whether the form is complete (cells present, names
/// not empty, a plausible year) is the domain's <see cref="Domain.Import.FormValidator"/>; the scoring rules (weights
/// adding to 100, claims against the rules) are findings, not refusals.
/// </summary>
public sealed class FormInputValidator : AbstractValidator<EvaluationForm>
{
    private const decimal MaxAmount = 1_000_000_000m;

    public FormInputValidator(InputLimits limits)
    {
        RuleFor(f => f.Header).SetValidator(new HeaderValidator(limits));
        RuleFor(f => f.Funds).SetValidator(new FundsValidator());
        RuleFor(f => f.Goals.Expected).Text(limits.GoalLength).When(f => f.Goals is not null);
        RuleFor(f => f.Goals.Actual).Text(limits.GoalLength).When(f => f.Goals is not null);
        RuleFor(f => f.Indicators).AtMost(limits.MaxIndicators).When(f => f.Indicators is not null);
        RuleForEach(f => f.Indicators).SetValidator(new IndicatorValidator(limits));
        RuleFor(f => f.ClaimedTotal).InclusiveBetween(0m, 1000m);
        RuleFor(f => f.ClaimedGrade).Text(8);
    }

    private sealed class HeaderValidator : AbstractValidator<FormHeader>
    {
        public HeaderValidator(InputLimits limits)
        {
            RuleFor(h => h.ProjectName).Text(limits.NameLength);
            RuleFor(h => h.CompetentDepartment).Text(limits.NameLength);
            RuleFor(h => h.ImplementingUnit).Text(limits.NameLength);
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
        public IndicatorValidator(InputLimits limits)
        {
            RuleFor(i => i.Level1).Text(limits.TextLength);
            RuleFor(i => i.Level2).Text(limits.TextLength);
            RuleFor(i => i.Name).Text(limits.TextLength);
            RuleFor(i => i.Target).Text(limits.TextLength);
            RuleFor(i => i.Actual).Text(limits.TextLength);
            RuleFor(i => i.Weight).InclusiveBetween(0m, 100m);
            RuleFor(i => i.ClaimedScore).InclusiveBetween(0m, 100m);
            RuleFor(i => i.DeviationReason).Text(limits.GoalLength);
        }
    }
}

internal static class TextRules
{
    /// <summary>At most <paramref name="length"/> characters and no control characters.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int length) =>
        rule.MaximumLength(length).Must(t => !ControlCharacters.In(t)).WithErrorCode(ValidationMessages.ControlCharactersCode);

    /// <summary>A list of at most <paramref name="max"/> entries.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>> AtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>> rule, int max) =>
        rule.Must((_, list, context) =>
        {
            context.MessageFormatter.AppendArgument("MaxCount", max);
            return list is null || list.Count <= max;
        }).WithErrorCode(ValidationMessages.TooManyCode);

    /// <summary>A fiscal year in the accepted range.</summary>
    public static IRuleBuilderOptions<T, int> AcceptedYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.Must((_, year, context) =>
        {
            context.MessageFormatter.AppendArgument("Expected", FiscalYears.Expected).AppendArgument("ExpectedEn", FiscalYears.ExpectedEn);
            return FiscalYears.IsAccepted(year);
        }).WithErrorCode(ValidationMessages.FiscalYearCode);
}
