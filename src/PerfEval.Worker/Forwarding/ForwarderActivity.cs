namespace PerfEval.Worker.Forwarding;

/// <summary>
/// Whether the bus forwarder is publishing a page, for the daemon's wake-up (<see cref="DaemonWakeUp"/>):
/// the daemon checks for new events again only once the forwarder is free, so what was committed while it published
/// becomes its next page instead of a queue of small ones.
/// </summary>
public sealed class ForwarderActivity
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _idle = Completed();

    /// <summary>Completes when no page is being published (at once if none is).</summary>
    public Task WhenIdle
    {
        get
        {
            lock (_lock)
            {
                return _idle.Task;
            }
        }
    }

    public void PageStarted()
    {
        lock (_lock)
        {
            if (_idle.Task.IsCompleted)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void PageFinished()
    {
        lock (_lock)
        {
            _idle.TrySetResult();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }
}
