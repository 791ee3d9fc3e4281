using PerfEval.Domain.Directories;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Rectification;

namespace PerfEval.Domain.Tests.Rectification;

/// <summary>RECT-DEADLINE: reminders before the deadline, overdue after it, only while the notice waits for the unit.</summary>
public class DeadlineTests
{
    private static readonly int[] Offsets = [3, 1];

    [Fact]
    public void A_notice_waiting_for_the_unit_is_reminded_on_its_offsets_and_overdue_from_the_day_after_the_deadline()
    {
        var issued = Given.State(Given.Issued());

        Assert.Equal(3, RectificationDeadline.ReminderOffset(issued, Given.Deadline.AddDays(-3), Offsets));
        Assert.Null(RectificationDeadline.ReminderOffset(issued, Given.Deadline.AddDays(-2), Offsets));
        Assert.False(RectificationDeadline.IsOverdue(issued, Given.Deadline));
        Assert.True(RectificationDeadline.IsOverdue(issued, Given.Deadline.AddDays(1)));
    }

    [Fact]
    public void An_answered_or_accepted_notice_is_never_overdue_and_a_returned_one_is_by_its_new_deadline()
    {
        var late = Given.Deadline.AddDays(10);

        Assert.False(RectificationDeadline.IsOverdue(Given.State(Given.Answered()), late));
        Assert.False(RectificationDeadline.IsOverdue(Given.State(Given.Accepted()), late));
        Assert.False(RectificationDeadline.IsOverdue(Given.State(Given.Returned()), late));
        Assert.True(RectificationDeadline.IsOverdue(Given.State(Given.Returned()), new DateOnly(2026, 4, 16)));
    }

    [Fact]
    public void The_overdue_notice_goes_to_the_unit_and_escalates_to_reviewers_and_managers_with_ids_per_round()
    {
        var issued = Given.State(Given.Issued());
        var returned = Given.State(Given.Returned());

        var overdue = RectificationNotifications.Overdue(issued, DateTimeOffset.UnixEpoch, "c", OrgDirectory.Empty);

        Assert.Equal([Audiences.Unit("unit-1"), Audiences.DepartmentReviewers("dept-1"), Audiences.Managers], overdue.Select(n => n.Audience));
        Assert.All(overdue, n => Assert.Equal((Given.Id, "Rectification"), (n.EvaluationId!.Value, n.Document)));
        Assert.Contains("就业服务中心", overdue[0].Body);
        Assert.Contains("2026-03-31", overdue[0].Body);
        Assert.Contains("(to be rectified)", overdue[0].BodyEn);
        var renamed = new OrgDirectory([], [new OrgUnit("unit-1", "U1", "区就业促进中心", "dept-1")], []);
        Assert.Contains("区就业促进中心 的整改通知", RectificationNotifications.Overdue(issued, DateTimeOffset.UnixEpoch, "c", renamed)[0].Body);
        Assert.NotEqual(overdue[0].Id, RectificationNotifications.Overdue(returned, DateTimeOffset.UnixEpoch, "c", OrgDirectory.Empty)[0].Id);
        Assert.Equal(overdue[0].Id, RectificationNotifications.Overdue(issued, DateTimeOffset.MaxValue, "d", OrgDirectory.Empty)[0].Id);
    }
}
