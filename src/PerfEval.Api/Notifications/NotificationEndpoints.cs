using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Notifications;

namespace PerfEval.Api.Notifications;

/// <summary>The caller's notifications: those addressed to the caller, the caller's unit, departments or role.</summary>
public static class NotificationEndpoints
{
    /// <param name="Document">What <paramref name="EvaluationId"/> names: SelfEvaluation (a form), Targets or TargetAdjustment (a declaration).</param>
    public sealed record NotificationView(
        Guid Id, string Kind, Guid? EvaluationId, string Title, string TitleEn, string Body, string BodyEn,
        DateTimeOffset CreatedAt, bool Read, string Document);

    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<PagedList<NotificationView>>()
            .ProducesProblems(400)
            .WithSummary("My notifications, newest first; unread=true for the unread ones");
        group.MapPost("/{id:guid}/read", MarkRead)
            .RequireAuthorization(Policies.Authenticated)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(404)
            .WithSummary("Mark one of my notifications as read");
    }

    private static async Task<IResult> List(
        HttpContext http, IQuerySession session, bool? unread, int? page, int? pageSize, CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var actor = http.User.ToActor();
        var audiences = Audiences.Of(actor).ToArray();
        var readIds = (await session.Query<NotificationRead>()
                .Where(r => r.UserId == actor.Id)
                .Select(r => r.NotificationId)
                .ToListAsync(ct))
            .ToArray();

        var query = session.Query<Notification>().Where(n => audiences.Contains(n.Audience));
        if (unread == true)
        {
            query = query.Where(n => !readIds.Contains(n.Id));
        }

        var result = await Paging.PageAsync(query.OrderByDescending(n => n.CreatedAt), page, pageSize, ct);
        var read = readIds.ToHashSet();
        return Results.Ok(new PagedList<NotificationView>(
            result.Items.Select(n => new NotificationView(
                n.Id, n.Kind, n.EvaluationId, n.Title, n.TitleEn, n.Body, n.BodyEn, n.CreatedAt, read.Contains(n.Id), n.Document))
                .ToList(),
            result.Page,
            result.PageSize,
            result.Total));
    }

    private static async Task<IResult> MarkRead(
        Guid id, HttpContext http, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var notification = await session.LoadAsync<Notification>(id, ct);
        if (notification is null || !Audiences.Of(actor).Contains(notification.Audience))
        {
            return Problems.Create(StatusCodes.Status404NotFound, "notification.not_found",
                "The notification was not found.", "未找到该通知。");
        }

        session.Store(new NotificationRead
        {
            Id = NotificationRead.IdFor(actor.Id, id),
            UserId = actor.Id,
            NotificationId = id,
            ReadAt = clock.GetUtcNow(),
        });
        await session.SaveChangesAsync(ct);
        return Results.NoContent();
    }
}
