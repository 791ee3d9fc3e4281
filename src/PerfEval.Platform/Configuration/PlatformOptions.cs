namespace PerfEval.Platform.Configuration;

/// <summary>Settings of the platform's infrastructure, bound from the "PerfEval" section.</summary>
public sealed class PlatformOptions
{
    public const string Section = "PerfEval";

    /// <summary>PostgreSQL schema that holds the event store, documents and projections.</summary>
    public string Schema { get; set; } = "perfeval";

    /// <summary>
    /// Read by the API process: also run the worker side there (the async daemon with the event forwarder, the RabbitMQ
    /// consumers, the Hangfire server), for local runs and tests. The worker process always runs it.
    /// </summary>
    public bool RunWorker { get; set; }

    /// <summary>Single node ("Solo") or several nodes with one leader per projection ("HotCold").</summary>
    public string DaemonMode { get; set; } = "Solo";

    /// <summary>
    /// Least time in milliseconds between two of the async daemon's checks for new events when appends wake it: each
    /// check hands the forwarder a page, so a floor keeps pages from shrinking to single events under load. A check
    /// also waits (up to half a second) for the forwarder to finish the page it is publishing. Each check costs
    /// statements of its own (the sequence, a scan for gaps, the mark and its allocation fence written) and each page
    /// a commit of every shard and an intake batch: 100 ms against 50 ms cost a submission with its review 8–28 %
    /// less machine CPU, for 23–43 ms more from submit to task (docs/performance.md#round-16).
    /// </summary>
    public int DaemonWakeUpIntervalMilliseconds { get; set; } = 100;

    /// <summary>
    /// Least time in milliseconds between two pages of the yearly facts while they keep up with the stream: a form
    /// written several times within it has its facts (and its unit's tallies) rewritten once. The yearly figures lag
    /// the forms by up to about this long. 0 applies every page at once.
    /// </summary>
    public int YearlyFactsIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Prefix of RabbitMQ queue names, to keep environments sharing a broker apart.</summary>
    public string QueuePrefix { get; set; } = "";

    /// <summary>Queues that vanish with their consumer (auto-delete, not durable): for tests sharing a broker.</summary>
    public bool TemporaryQueues { get; set; }

    /// <summary>
    /// Declares the consumers' queues as quorum queues, replicated across the nodes of a RabbitMQ cluster. Production
    /// on a cluster turns it on. A queue's type is fixed when it is first declared: switching an existing
    /// installation means draining and deleting its classic queues first.
    /// </summary>
    public bool QuorumQueues { get; set; }

    /// <summary>Seconds a page of forwarded events may take to publish before the forwarder retries it.</summary>
    public int PublishTimeoutSeconds { get; set; } = 30;
}

/// <summary>Names of the connection strings the platform needs.</summary>
public static class ConnectionNames
{
    public const string Postgres = "Postgres";
    public const string RabbitMq = "RabbitMq";
}
