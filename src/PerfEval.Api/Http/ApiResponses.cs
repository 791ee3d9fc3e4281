using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Http;

/// <summary>
/// The answers each operation documents in the OpenAPI document: its own (set where it is mapped) and those that
/// follow from what it is (<see cref="AddCommonAnswers"/>). The integration tests refuse any answer an operation's
/// document does not list.
/// </summary>
public static class ApiResponses
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    /// <summary>Problem details (RFC 7807) with these statuses.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }

        return builder;
    }

    /// <summary>
    /// A command on a form (<see cref="FormCommands"/>): the form after it, or a refusal (400 invalid, 403 not
    /// allowed, 404 not visible, 409 not in a state that allows it, 412 stale If-Match).
    /// </summary>
    public static RouteHandlerBuilder AnswersFormCommand(this RouteHandlerBuilder builder) =>
        builder.Produces<Evaluation>().ProducesProblems(400, 403, 404, 409, 412);

    /// <summary>A file download of these content types.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), contentTypes));

    /// <summary>
    /// The answers that follow from an endpoint's metadata: 401 and 403 where it authorizes; 413 for a body over the
    /// limit on any POST or PUT; 400 and 415 where it reads a body; 409 (the first request still running) and 422 (the
    /// key reused with another body) where it takes an Idempotency-Key; 503 while the database is away. Applied last,
    /// to every API endpoint.
    /// </summary>
    public static void AddCommonAnswers(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var statuses = new List<int> { StatusCodes.Status503ServiceUnavailable };
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            statuses.AddRange([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]);
        }

        if (metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).Any(m => HttpMethods.IsPost(m) || HttpMethods.IsPut(m)))
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
        }

        if (metadata.OfType<IAcceptsMetadata>().Any() || metadata.OfType<AcceptsUpload>().Any())
        {
            statuses.AddRange([StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType]);
        }

        if (metadata.OfType<IdempotencyKeyMetadata>().Any())
        {
            statuses.AddRange(
            [
                StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict,
                StatusCodes.Status422UnprocessableEntity,
            ]);
        }

        var documented = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        foreach (var status in statuses.Distinct().Where(s => !documented.Contains(s)))
        {
            metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        }
    }
}

/// <summary>Marks an endpoint that honours the Idempotency-Key header.</summary>
public sealed record IdempotencyKeyMetadata;
