using PerfEval.Domain.History;
using PerfEval.Domain.Rectification;

namespace PerfEval.Domain.Tests.Rectification;

public class RectificationHistoryTests
{
    [Fact]
    public void Every_event_of_a_notice_reads_as_a_sentence_in_both_languages()
    {
        object[] events = [.. Given.Returned(), new RectificationAnswered(Given.Id, 2, "已补签章", [], "填报人"),
            new RectificationReviewOpened(Given.Task(2), Given.Id, 2, "unit-1", "dept-1", 2025, Given.ProjectName, null),
            new RectificationReviewClaimed(Given.Task(2), Given.Id, "r1", "审核人"),
            new RectificationReviewReleased(Given.Task(2), Given.Id, "r1"),
            new RectificationReviewClaimed(Given.Task(2), Given.Id, "r1", "审核人"),
            new RectificationAccepted(Given.Id, Given.Task(2), 2, null, "r1", "审核人")];

        Assert.Equal(IRectificationEvent.Types.ToHashSet(), events.Select(e => e.GetType()).ToHashSet());
        Assert.All(events, e =>
        {
            var summary = EventSummaries.Of(e);
            Assert.DoesNotContain(e.GetType().Name, summary.Zh);
            Assert.DoesNotContain(e.GetType().Name, summary.En);
        });
        Assert.Equal(
            "审核人 向 就业服务中心 下发整改通知“灵活就业工作经费”：2 个问题，整改期限 2026-03-31。",
            EventSummaries.Of(events[0]).Zh);
        Assert.Equal(
            "审核人 审核人 退回了第 1 次整改答复，须于 2026-04-15 前重新答复：台账缺少签章",
            EventSummaries.Of(events[4]).Zh);
    }

    [Fact]
    public void Replaying_a_prefix_gives_the_notice_as_it_stood()
    {
        var events = Given.Returned();

        Assert.Equal(RectificationStatus.Issued, Given.State(events.Take(1).ToArray()).Status);
        Assert.Equal(RectificationStatus.Answered, Given.State(events.Take(3).ToArray()).Status);
        Assert.Equal(RectificationStatus.Returned, Given.State(events).Status);
    }
}
