namespace PerfEval.Worker.Jobs;

/// <summary>What one run of a job did, with the correlation id that ties its log lines to the notifications it wrote.</summary>
public sealed record JobRun(string CorrelationId, DateOnly Today, int Notifications);
