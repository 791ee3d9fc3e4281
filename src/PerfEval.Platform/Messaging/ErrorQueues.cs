using MassTransit;
using PerfEval.Platform.Configuration;

namespace PerfEval.Platform.Messaging;

/// <summary>
/// Where poison messages end up: MassTransit moves a message that still fails after its retries to its queue's
/// "_error" twin. Every process can name them (the API's readiness check inspects them), consumers or not.
/// </summary>
public static class ErrorQueues
{
    public const string Suffix = "_error";

    public static IEndpointNameFormatter Formatter(PlatformOptions platform) =>
        new KebabCaseEndpointNameFormatter(platform.QueuePrefix, false);

    /// <summary>
    /// The worker's consumers by the names their queues take from their classes (the class name without "Consumer");
    /// a test checks them against the worker's consumer classes.
    /// </summary>
    public static IReadOnlyList<string> ConsumerNames { get; } = ["SubmissionIntake", "ReviewNotification"];

    /// <summary>The consumers' queues, as the bus names them.</summary>
    public static IReadOnlyList<string> ConsumerQueues(PlatformOptions platform)
    {
        var formatter = Formatter(platform);
        return ConsumerNames.Select(name => formatter.SanitizeName(platform.QueuePrefix + name)).ToArray();
    }

    public static IReadOnlyList<string> For(PlatformOptions platform) =>
        ConsumerQueues(platform).Select(q => q + Suffix).ToArray();
}
