using System.Globalization;
using PerfEval.Domain.Calendar;

namespace PerfEval.Domain.Tests.Calendar;

public class FiscalCalendarTests
{
    private static readonly FiscalCalendar Year2024 = new()
    {
        Id = 2024,
        SelfEvaluationDue = new DateOnly(2025, 3, 31),
        ReviewDue = new DateOnly(2025, 5, 31),
        ReminderOffsetsDays = [30, 14, 7, 1],
    };

    [Theory]
    [InlineData("2025-03-01", 30)]
    [InlineData("2025-03-17", 14)]
    [InlineData("2025-03-24", 7)]
    [InlineData("2025-03-30", 1)]
    public void The_reminder_of_an_offset_is_due_on_its_day(string today, int offset) =>
        Assert.Equal(offset, Year2024.ReminderOffsetOn(DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-02-28")]
    [InlineData("2025-04-01")]
    [InlineData("2026-01-01")]
    public void No_reminder_before_the_first_offset_or_after_the_due_date(string today) =>
        Assert.Null(Year2024.ReminderOffsetOn(DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2025-03-10", 30)]
    [InlineData("2025-03-20", 14)]
    [InlineData("2025-03-31", 1)]
    public void Between_offsets_the_latest_reached_one_applies_so_a_missed_day_is_caught_up(string today, int offset) =>
        Assert.Equal(offset, Year2024.ReminderOffsetOn(DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-06-15", 30)]
    [InlineData("2024-07-08", 7)]
    [InlineData("2024-07-15", 1)]
    public void The_monitoring_reminder_counts_the_same_offsets_before_the_monitoring_due_date(string today, int offset) =>
        Assert.Equal(offset, Monitored.MonitoringReminderOffsetOn(DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2024-06-14")]
    [InlineData("2024-07-16")]
    public void No_monitoring_reminder_before_the_first_offset_or_after_the_due_date(string today) =>
        Assert.Null(Monitored.MonitoringReminderOffsetOn(DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_year_without_a_monitoring_round_has_no_monitoring_reminder() =>
        Assert.Null(Year2024.MonitoringReminderOffsetOn(new DateOnly(2024, 7, 14)));

    [Theory]
    [InlineData(6, "2024-07-15", null)]
    [InlineData(6, "2024-06-30", "monitoringDue")]
    [InlineData(6, "2025-03-31", "monitoringDue")]
    [InlineData(13, "2024-07-15", "monitoringCutOffMonth")]
    [InlineData(null, "2024-07-15", "monitoringDue")]
    public void A_monitoring_round_is_a_month_of_the_year_and_a_due_date_after_it_and_before_the_self_evaluations(
        int? month, string due, string? field)
    {
        var errors = CalendarValidation.Errors(Year2024 with
        {
            MonitoringCutOffMonth = month,
            MonitoringDue = DateOnly.Parse(due, CultureInfo.InvariantCulture),
        });

        Assert.Equal(field is null ? [] : [field], errors.Keys);
    }

    private static readonly FiscalCalendar Monitored = Year2024 with
    {
        MonitoringCutOffMonth = 6,
        MonitoringDue = new DateOnly(2024, 7, 15),
    };

    [Fact]
    public void Review_is_overdue_from_the_day_after_its_due_date()
    {
        Assert.False(Year2024.IsReviewOverdue(null, new DateOnly(2025, 5, 31)));
        Assert.True(Year2024.IsReviewOverdue(null, new DateOnly(2025, 6, 1)));
        Assert.True(Year2024.IsReviewOverdue(new DateOnly(2025, 4, 30), new DateOnly(2025, 5, 1)));
    }

    [Fact]
    public void Local_date_is_the_day_in_Shanghai_not_in_UTC()
    {
        var lateUtc = new DateTimeOffset(2025, 3, 30, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 3, 31), Year2024.LocalDate(lateUtc));
    }

    [Fact]
    public void A_valid_calendar_has_no_errors() => Assert.Empty(CalendarValidation.Errors(Year2024));

    [Fact]
    public void Invalid_fields_are_reported_by_name()
    {
        var bad = Year2024 with
        {
            SelfEvaluationDue = new DateOnly(2024, 12, 1),
            ReviewDue = new DateOnly(2024, 11, 1),
            ReminderOffsetsDays = [7, 7],
            TimeZone = "Mars/Olympus",
        };

        var errors = CalendarValidation.Errors(bad);

        Assert.Equal(
            ["reminderOffsetsDays", "reviewDue", "selfEvaluationDue", "timeZone"],
            errors.Keys.Order(StringComparer.Ordinal));
    }
}
