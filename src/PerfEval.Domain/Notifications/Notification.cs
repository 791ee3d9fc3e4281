using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Notifications;

/// <summary>
/// A message for the people of an audience (a unit, a department's reviewers, the managers, or one user), in Chinese
/// and English. Its id is derived from what caused it and the audience, so writing it twice keeps one copy.
/// </summary>
public sealed record Notification
{
    public required Guid Id { get; init; }
    public required string Audience { get; init; }
    public required string Kind { get; init; }
    public Guid? EvaluationId { get; init; }

    /// <summary>What <see cref="EvaluationId"/> names: "SelfEvaluation" (a form), "Targets" or "TargetAdjustment" (a declaration).</summary>
    public string Document { get; init; } = "SelfEvaluation";

    public required string Title { get; init; }
    public required string TitleEn { get; init; }
    public string Body { get; init; } = "";
    public string BodyEn { get; init; } = "";
    public required DateTimeOffset CreatedAt { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>The id of the notification caused by <paramref name="cause"/> (an event id, or a job's key) for an audience.</summary>
    public static Guid IdFor(string cause, string audience) => DeterministicGuid.From($"notification:{cause}:{audience}");
}

/// <summary>A user's mark that a notification was read.</summary>
public sealed record NotificationRead
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required Guid NotificationId { get; init; }
    public required DateTimeOffset ReadAt { get; init; }

    public static string IdFor(string userId, Guid notificationId) => $"{userId}:{notificationId:N}";
}

/// <summary>Who a notification is for, and which audiences a user belongs to.</summary>
public static class Audiences
{
    public const string Managers = "managers";

    public static string Unit(string unitId) => $"unit:{unitId}";

    public static string DepartmentReviewers(string departmentId) => $"reviewers:{departmentId}";

    public static string User(string userId) => $"user:{userId}";

    public static IReadOnlyList<string> Of(Actor actor)
    {
        var audiences = new List<string> { User(actor.Id) };
        if (actor.IsUnit && actor.UnitId is not null)
        {
            audiences.Add(Unit(actor.UnitId));
        }

        if (actor.IsReviewer)
        {
            audiences.AddRange(actor.DepartmentIds.Select(DepartmentReviewers));
        }

        if (actor.IsManager)
        {
            audiences.Add(Managers);
        }

        return audiences;
    }
}
