namespace PerfEval.LoadDriver;

/// <summary>What to run and how hard; every scenario is bounded in time and in count.</summary>
public sealed record DriverOptions
{
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5080");
    public IReadOnlySet<string> Scenarios { get; init; } = new HashSet<string> { "import", "create", "submit", "reads", "browse" };

    /// <summary>Concurrent simulated units in the import and create scenarios (and pgbench's client count).</summary>
    public int Units { get; init; } = 16;

    /// <summary>Copies of the five seed forms in one import file.</summary>
    public int SeedCopiesPerFile { get; init; } = 40;

    public int ImportSeconds { get; init; } = 20;
    public int CreateSeconds { get; init; } = 15;

    /// <summary>Departments; one reviewer watches each department's queue.</summary>
    public int Departments { get; init; } = 8;

    /// <summary>Open-loop submission rate per second.</summary>
    public int SubmitRate { get; init; } = 100;
    public int SubmitSeconds { get; init; } = 20;

    /// <summary>
    /// Seconds of unmeasured submissions (with their reviews) at a quarter of the rate before the measured ones: the
    /// submit → intake → review path is otherwise compiled and tiered up by the runtime during the measurement.
    /// </summary>
    public int SubmitWarmupSeconds { get; init; } = 15;

    /// <summary>Interval of the reviewers' queue polls: the resolution of the submit → visible measurement.</summary>
    public int PollMilliseconds { get; init; } = 10;

    /// <summary>
    /// "one" (default): one reviewer of every department polls all the queues, and each department's reviewer claims
    /// and approves what appears in it. "each": every department's reviewer polls its own queue, eight polls where
    /// one does, which at a 10 ms interval makes the probe a large part of the load it measures.
    /// </summary>
    public bool OneWatcher { get; init; } = true;

    /// <summary>
    /// Whether the reviewers approve what they claim ("--approve no" leaves every task claimed): the submit path's
    /// cost with and without a review's last write.
    /// </summary>
    public bool Approve { get; init; } = true;

    /// <summary>
    /// The capacity scenario's steps: submission rates from <see cref="CapacityFrom"/> up by <see cref="CapacityStep"/>
    /// to at most <see cref="CapacityMax"/>, <see cref="CapacitySeconds"/> each, with a pause before each step.
    /// </summary>
    public int CapacityFrom { get; init; } = 25;
    public int CapacityStep { get; init; } = 25;
    public int CapacityMax { get; init; } = 400;
    public int CapacitySeconds { get; init; } = 20;
    public int CapacitySettleSeconds { get; init; } = 10;

    public int ReadUsers { get; init; } = 200;
    public int ReadSeconds { get; init; } = 20;

    /// <summary>Pause of each user after every answer in the "browse" scenario ("reads" has none).</summary>
    public int ThinkMilliseconds { get; init; } = 1000;

    /// <summary>pgbench TPC-B transactions per second measured in the same run, for ratios; 0 when not measured.</summary>
    public double PgbenchTps { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project tests/PerfEval.LoadDriver -- [options]
          --url http://127.0.0.1:5080    the platform (loopback only)
          --scenarios import,create,submit,reads,browse,capacity
          --units 16                      concurrent units (import, create)
          --copies 40                     copies of the five seed forms per import file
          --import-seconds 20  --create-seconds 15
          --departments 8
          --rate 100                      submissions per second (open loop), reviewed at the same rate
          --submit-seconds 20  --submit-warmup-seconds 15
          --poll-ms 10                    review queue poll interval
          --watch one|each                one reviewer of all departments polls, or each department's
          --approve yes|no                reviewers approve what they claim, or leave it claimed
          --capacity-from 25  --capacity-step 25  --capacity-max 400
          --capacity-seconds 20  --capacity-settle-seconds 10
                                          capacity: submit steps of rising rate until p95 > 250 ms
          --users 200  --read-seconds 20  --think-ms 1000 (browse; reads has no think time)
          --pgbench-tps 0                 the same run's pgbench TPC-B figure, for ratios
        """;

    public static DriverOptions Parse(string[] args)
    {
        var options = new DriverOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value");
            int Number() => int.TryParse(Value(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new ArgumentException($"{name} takes a whole number, not {Value()}");
            bool Either(string whenTrue, string whenFalse) =>
                Value() == whenTrue || (Value() == whenFalse ? false : throw new ArgumentException($"{name} is {whenTrue} or {whenFalse}"));
            options = args[i] switch
            {
                "--url" => options with { BaseUrl = new Uri(Value()) },
                "--scenarios" => options with { Scenarios = Value().Split(',').ToHashSet() },
                "--units" => options with { Units = Number() },
                "--copies" => options with { SeedCopiesPerFile = Number() },
                "--import-seconds" => options with { ImportSeconds = Number() },
                "--create-seconds" => options with { CreateSeconds = Number() },
                "--departments" => options with { Departments = Number() },
                "--rate" => options with { SubmitRate = Number() },
                "--submit-seconds" => options with { SubmitSeconds = Number() },
                "--submit-warmup-seconds" => options with { SubmitWarmupSeconds = Number() },
                "--poll-ms" => options with { PollMilliseconds = Number() },
                "--watch" => options with { OneWatcher = Either("one", "each") },
                "--approve" => options with { Approve = Either("yes", "no") },
                "--capacity-from" => options with { CapacityFrom = Number() },
                "--capacity-step" => options with { CapacityStep = Number() },
                "--capacity-max" => options with { CapacityMax = Number() },
                "--capacity-seconds" => options with { CapacitySeconds = Number() },
                "--capacity-settle-seconds" => options with { CapacitySettleSeconds = Number() },
                "--users" => options with { ReadUsers = Number() },
                "--read-seconds" => options with { ReadSeconds = Number() },
                "--think-ms" => options with { ThinkMilliseconds = Number() },
                "--pgbench-tps" => options with { PgbenchTps = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
            i++;
        }

        if (options.CapacityFrom < 1 || options.CapacityStep < 1 || options.CapacitySeconds < 1)
        {
            throw new ArgumentException("--capacity-from, --capacity-step and --capacity-seconds take positive numbers");
        }

        // The driver is a local tool: it refuses to put load on anything but this machine.
        if (!options.BaseUrl.IsLoopback)
        {
            throw new ArgumentException($"{options.BaseUrl} is not a loopback address");
        }

        return options;
    }
}
