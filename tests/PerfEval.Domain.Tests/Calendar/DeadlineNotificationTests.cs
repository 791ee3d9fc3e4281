using PerfEval.Domain.Calendar;
using PerfEval.Domain.Directories;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Notifications;

namespace PerfEval.Domain.Tests.Calendar;

public class DeadlineNotificationTests
{
    private static readonly FiscalCalendar Year2024 = new()
    {
        Id = 2024,
        SelfEvaluationDue = new DateOnly(2025, 3, 31),
        ReviewDue = new DateOnly(2025, 5, 31),
        ReminderOffsetsDays = [30, 14, 7, 1],
    };

    private static readonly DateTimeOffset Now = new(2025, 3, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_reminder_has_the_same_id_whichever_run_writes_it_and_a_new_one_per_offset()
    {
        var first = DeadlineNotifications.Reminder(Year2024, "unit-1", 30, 2, Now, "run-1");
        var again = DeadlineNotifications.Reminder(Year2024, "unit-1", 30, 1, Now.AddHours(3), "run-2");
        var next = DeadlineNotifications.Reminder(Year2024, "unit-1", 14, 2, Now, "run-1");
        var otherUnit = DeadlineNotifications.Reminder(Year2024, "unit-2", 30, 2, Now, "run-1");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, next.Id);
        Assert.NotEqual(first.Id, otherUnit.Id);
        Assert.Equal(Audiences.Unit("unit-1"), first.Audience);
        Assert.Equal("run-1", first.CorrelationId);
        Assert.Equal("2024 年度绩效自评将于 2025-03-31 截止", first.Title);
    }

    [Fact]
    public void An_overdue_task_is_escalated_to_its_departments_reviewers_and_to_the_managers()
    {
        var task = new ReviewTask
        {
            Id = Guid.NewGuid(),
            EvaluationId = Guid.NewGuid(),
            Submission = 1,
            UnitId = "unit-1",
            DepartmentId = "dept-1",
            FiscalYear = 2024,
            ProjectName = "灵活就业工作经费",
            Status = ReviewTaskStatus.Claimed,
            AssigneeName = "王审核",
        };

        var directory = new OrgDirectory(
            [new Department("dept-1", "D1", "区人社局")], [new OrgUnit("unit-1", "U1", "区就业促进中心", "dept-1")], []);

        var notifications = DeadlineNotifications.Overdue(task, Year2024.ReviewDue, Now, "run-1", directory);

        Assert.Equal([Audiences.DepartmentReviewers("dept-1"), Audiences.Managers], notifications.Select(n => n.Audience));
        Assert.All(notifications, n =>
        {
            Assert.Contains("区就业促进中心（区人社局）", n.Body);
            Assert.Contains("区就业促进中心 (区人社局)", n.BodyEn);
            Assert.Contains("灵活就业工作经费", n.Title);
            Assert.DoesNotContain("unit-1", n.Body + n.BodyEn);
            Assert.DoesNotContain("dept-1", n.Body + n.BodyEn);
        });
        Assert.All(notifications, n => Assert.Equal(task.EvaluationId, n.EvaluationId));
        Assert.Equal(
            Notification.IdFor($"overdue:{task.Id:N}", Audiences.Managers),
            notifications[1].Id);
        Assert.Contains("王审核", notifications[0].Body);
        Assert.Contains("的自评表（2024 年度）", notifications[0].Body);
        Assert.Equal("SelfEvaluation", notifications[0].Document);
    }

    [Fact]
    public void An_overdue_rectification_answer_is_named_as_such_and_its_notice_is_the_document()
    {
        var task = new ReviewTask
        {
            Id = Guid.NewGuid(),
            EvaluationId = Guid.NewGuid(),
            Kind = ReviewTaskKind.Rectification,
            Submission = 1,
            UnitId = "unit-1",
            DepartmentId = "dept-1",
            FiscalYear = 2024,
            ProjectName = "灵活就业工作经费",
            Status = ReviewTaskStatus.Open,
        };

        var notifications = DeadlineNotifications.Overdue(task, Year2024.ReviewDue, Now, "run-1", OrgDirectory.Empty);

        Assert.All(notifications, n => Assert.Equal("Rectification", n.Document));
        Assert.Contains("的整改答复（2024 年度）", notifications[0].Body);
        Assert.Contains("rectification answer", notifications[0].BodyEn);
    }
}
