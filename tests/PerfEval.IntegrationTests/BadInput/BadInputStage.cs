using System.Net;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>
/// The forms (the draft with one supporting file) and callers the corpus writes against, made once per platform: every malformed request is refused, so
/// one form in each state serves every case, and the cases stay within the suite's time budget.
/// </summary>
public sealed record BadInputStage(
    TestOrg Org,
    HttpClient Unit,
    HttpClient Reviewer,
    HttpClient Manager,
    HttpClient Admin,
    HttpClient Anonymous,
    Guid DraftId,
    Guid EvidenceId,
    Guid ClaimedId,
    Guid TaskId,
    Guid ApprovedId,
    Guid NotificationId,
    BadInputStage.TargetIds Targets,
    BadInputStage.NoticeIds Notices)
{
    /// <summary>Rectification notices about the approved form: one waiting for the unit, one whose answer is claimed.</summary>
    public sealed record NoticeIds(Guid Issued, Guid Claimed);

    /// <summary>Target declarations: a draft, one claimed for review, one approved, one with its adjustment claimed.</summary>
    public sealed record TargetIds(Guid Draft, Guid Claimed, Guid Approved, Guid Adjusting);

    /// <summary>A fiscal year no other test sets a calendar for.</summary>
    public const int CalendarYear = 2041;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (PlatformFixture Platform, BadInputStage Stage)? _made;

    public static async Task<BadInputStage> For(PlatformFixture platform)
    {
        await Gate.WaitAsync();
        try
        {
            if (_made is { } made && ReferenceEquals(made.Platform, platform))
            {
                return made.Stage;
            }

            var stage = await Make(platform);
            _made = (platform, stage);
            return stage;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<BadInputStage> Make(PlatformFixture platform)
    {
        var org = TestOrg.New();
        var flow = new FormFlow(platform);
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());
        var admin = await platform.ClientFor(TestUser.Admin());

        var (draft, _) = await Forms.CreateDraft(unit);
        var evidence = await Evidence.EvidenceUploads.Upload(
            unit, draft.Id, Evidence.EvidenceUploads.Content(Evidence.EvidenceUploads.Pdf(), "凭证.pdf", "Voucher"));
        Assert.Equal(HttpStatusCode.Created, evidence.StatusCode);
        var evidenceId = (await Forms.Read<System.Text.Json.JsonElement>(evidence)).GetProperty("id").GetGuid();
        var (claimed, _) = await Forms.CreateDraft(unit);
        var (approved, _) = await Forms.CreateDraft(unit);
        await flow.Submit(unit, claimed.Id);
        await flow.Submit(unit, approved.Id);
        var task = await flow.Claim(reviewer, claimed.Id);
        await flow.Claim(reviewer, approved.Id);
        Assert.Equal(HttpStatusCode.OK, (await flow.Act(reviewer, approved.Id, "review/approve")).StatusCode);
        var notification = await Eventually.Value(
            async () => (await flow.Notifications(unit)).FirstOrDefault(n => n.EvaluationId == approved.Id),
            "the unit's notification of the approval");

        return new BadInputStage(org, unit, reviewer, manager, admin, platform.AnonymousClient(),
            draft.Id, evidenceId, claimed.Id, task.Id, approved.Id, notification.Id, await MakeTargets(unit, reviewer),
            await MakeNotices(unit, reviewer, approved.Id));
    }

    private static async Task<NoticeIds> MakeNotices(HttpClient unit, HttpClient reviewer, Guid formId)
    {
        var issued = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(formId));
        var claimed = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(formId));
        await RectificationFlow.Act(unit, $"/api/rectifications/{claimed.Id}/response", new { measures = "已整改" });
        await RectificationFlow.ClaimAsync(reviewer, claimed.Id);
        return new NoticeIds(issued.Id, claimed.Id);
    }

    private static async Task<TargetIds> MakeTargets(HttpClient unit, HttpClient reviewer)
    {
        var draft = await TargetFlow.Declare(unit, TargetFlow.Sample(CorpusProject + "草稿"));
        var claimed = await TargetFlow.Declare(unit, TargetFlow.Sample(CorpusProject + "审核中"));
        await TargetFlow.Act(unit, $"/api/targets/{claimed.Id}/submit");
        await TargetFlow.Claim(reviewer, claimed.Id, Domain.Evaluations.Review.ReviewTaskKind.Targets);
        var approved = await Approve(unit, reviewer, CorpusProject + "已批复");
        var adjusting = await Approve(unit, reviewer, CorpusProject + "调整中");
        await TargetFlow.Act(unit, $"/api/targets/{adjusting}/adjustments", new { reason = "调整", content = AdjustedTargets(CorpusProject + "调整中") });
        await TargetFlow.Claim(reviewer, adjusting, Domain.Evaluations.Review.ReviewTaskKind.TargetAdjustment);
        return new TargetIds(draft.Id, claimed.Id, approved, adjusting);
    }

    private static async Task<Guid> Approve(HttpClient unit, HttpClient reviewer, string project)
    {
        var declared = await TargetFlow.Declare(unit, TargetFlow.Sample(project));
        await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/submit");
        await TargetFlow.Claim(reviewer, declared.Id, Domain.Evaluations.Review.ReviewTaskKind.Targets);
        await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/review/approve", new { grade = "良" });
        return declared.Id;
    }

    public const string CorpusProject = "异常输入项目";

    /// <summary>The sample targets of <paramref name="project"/> with the first target lowered.</summary>
    public static Domain.Targets.TargetContent AdjustedTargets(string project)
    {
        var content = TargetFlow.Sample(project);
        return content with { Indicators = [.. content.Indicators.Select((i, n) => n == 0 ? i with { Target = "≥7000.00(人)" } : i)] };
    }
}
