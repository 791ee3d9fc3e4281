using PerfEval.Api.Http;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Evaluations;

/// <summary>How a command's result reads over HTTP: the form's state with its ETag, or a problem.</summary>
public static class CommandResponses
{
    public static IResult ToHttp(this CommandResult result, HttpContext http)
    {
        switch (result.Outcome)
        {
            case CommandOutcome.StaleVersion:
                return Problems.StaleVersion(result.ActualVersion ?? result.State?.Version);
            case CommandOutcome.Refused:
                return Problems.From(result.Error!);
            case CommandOutcome.Repeated:
                return IdempotentRequest.Of(http)!.Replay(result.Earlier!);
            default:
                ETags.Set(http.Response, result.State!.Version);
                return Results.Ok(result.State);
        }
    }
}
