using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Api.Review;

/// <summary>
/// The reviewers' queue (docs/domain-rules.md#review-tasks). A page is the stored tasks' JSON, with the count of the
/// whole list in the same round trip: reviewers' screens and tools poll it, and a page of 200 tasks deserialized and
/// serialized again cost the API 1.7–2.2 ms of CPU, 1.0–1.1 ms this way (deploy/local/request-cost.sh).
/// </summary>
public static class ReviewTaskEndpoints
{
    public static void MapReviewTasks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/review-tasks").WithTags("Review tasks");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Reviewer)
            .Produces<PagedList<ReviewTask>>()
            .ProducesProblems(400)
            .WithSummary("Review tasks of the caller's departments, oldest first; filter by status and assignee=me");
    }

    private static async Task<IResult> List(
        HttpContext http,
        IQuerySession session,
        ReviewTaskStatus? status,
        string? assignee,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        if (assignee is not null && assignee != "me")
        {
            return Problems.Invalid("assignee", "只支持 me（我领取的）。", "only 'me' is supported.");
        }

        var actor = http.User.ToActor();
        var departments = actor.DepartmentIds.ToArray();
        var department = departments.FirstOrDefault();
        // One department (the usual reviewer) is an equality, which the (department, status, opened) index serves.
        var query = departments.Length == 1
            ? session.Query<ReviewTask>().Where(t => t.DepartmentId == department)
            : session.Query<ReviewTask>().Where(t => departments.Contains(t.DepartmentId));
        if (status is { } s)
        {
            query = query.Where(t => t.Status == s);
        }

        if (assignee == "me")
        {
            query = query.Where(t => t.AssigneeId == actor.Id);
        }

        return await Paging.StoredJsonPageAsync(
            query, query.OrderBy(t => t.OpenedAt).ThenBy(t => t.Id), page, pageSize,
            (all, rows, items, token) => StoredJsonItems.WriteAsync(
                session, all, rows, sql => $"select {StoredTask} from ({sql}) as page", items, token),
            ct);
    }

    /// <summary>
    /// SQL for a page's stored task (<c>page.data</c>) with the task's members that are not required, at their defaults,
    /// under it: a task stored before one of them existed is listed as it would be read (a task of before the target
    /// reviews is a form's, of a project). Built once, not on every poll.
    /// </summary>
    private static readonly string StoredTask = StoredJsonItems.OptionalMembers(new ReviewTask
    {
        Id = Guid.Empty,
        EvaluationId = Guid.Empty,
        Submission = 0,
        UnitId = "",
        DepartmentId = "",
        FiscalYear = 0,
        ProjectName = "",
        Status = ReviewTaskStatus.Open,
    }).Under("page.data");
}
