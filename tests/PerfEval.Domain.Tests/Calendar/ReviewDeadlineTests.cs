using PerfEval.Domain.Calendar;

namespace PerfEval.Domain.Tests.Calendar;

public class ReviewDeadlineTests
{
    private static readonly DateOnly YearDue = new(2025, 5, 31);

    [Fact]
    public void A_task_misses_its_own_due_date_from_the_next_day_on()
    {
        var own = new DateOnly(2025, 4, 30);

        Assert.Null(ReviewDeadline.MissedDueDate(own, YearDue, own));
        Assert.Equal(own, ReviewDeadline.MissedDueDate(own, YearDue, own.AddDays(1)));
    }

    [Fact]
    public void Without_a_due_date_of_its_own_a_task_is_due_on_the_years_review_date()
    {
        Assert.False(ReviewDeadline.IsOverdue(null, YearDue, YearDue));
        Assert.Equal(YearDue, ReviewDeadline.MissedDueDate(null, YearDue, YearDue.AddDays(1)));
    }

    [Fact]
    public void A_task_with_no_due_date_anywhere_is_never_overdue() =>
        Assert.False(ReviewDeadline.IsOverdue(null, null, new DateOnly(2099, 1, 1)));
}
