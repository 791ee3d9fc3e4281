namespace PerfEval.Platform.Yearly;

/// <summary>
/// The pace of the yearly facts: the daemon hands the facts projection one page of events at a time, and a page that
/// does not fill a batch (the projection is at the head of the stream) starts no sooner than <c>interval</c> after the
/// previous page started. What is appended meanwhile waits for the next page, so a form written several times within
/// the interval (submitted, taken in, claimed, approved) has its facts written once, not once per write. A full page
/// (the projection catching up, a rebuild) never waits.
/// </summary>
/// <remarks>
/// Works only with one page in flight (<c>MaximumHopperSize</c> 1, set by <see cref="YearlyFormFactsProjection"/>):
/// otherwise the daemon loads the next pages while this one waits, each as small as before, and they queue.
/// </remarks>
public sealed class FactsPace(TimeSpan interval, TimeProvider clock)
{
    private long _lastStart = long.MinValue;

    /// <summary>Whether pages are paced at all: not with an interval of zero (or less).</summary>
    public bool IsOn => interval > TimeSpan.Zero;

    /// <summary>How long a page of <paramref name="events"/> waits before it is applied; the page is taken to start after that wait.</summary>
    public TimeSpan WaitBefore(int events, int batchSize)
    {
        var now = clock.GetTimestamp();
        var wait = TimeSpan.Zero;
        if (IsOn && events < batchSize && _lastStart != long.MinValue)
        {
            var since = clock.GetElapsedTime(_lastStart, now);
            if (since < interval)
            {
                wait = interval - since;
            }
        }

        _lastStart = now + (long)(wait.TotalSeconds * clock.TimestampFrequency);
        return wait;
    }
}
