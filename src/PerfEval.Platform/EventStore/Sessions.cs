using Marten;
using Marten.Services;

namespace PerfEval.Platform.EventStore;

public static class Sessions
{
    /// <summary>
    /// Opens a write session whose appended events carry the actor, the correlation id and the causation id
    /// in Marten's event metadata.
    /// </summary>
    public static IDocumentSession OpenWriteSession(this IDocumentStore store, WriteContext context, SessionOptions? options = null)
    {
        var session = options is null ? store.LightweightSession() : store.LightweightSession(options);
        session.CorrelationId = context.CorrelationId;
        session.CausationId = context.CausationId;
        session.LastModifiedBy = context.Actor.Id;
        session.SetHeader(EventHeaders.ActorId, context.Actor.Id);
        session.SetHeader(EventHeaders.ActorName, context.Actor.Name);
        return session;
    }
}
