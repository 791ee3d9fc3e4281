namespace PerfEval.Domain.Scoring;

public enum Severity
{
    /// <summary>The form contradicts the rules or its own arithmetic.</summary>
    Error,

    /// <summary>Something the reviewer should look at (a missing reason, a unit that differs).</summary>
    Warning,

    /// <summary>For information (e.g. the system's figures give another grade).</summary>
    Info,
}
