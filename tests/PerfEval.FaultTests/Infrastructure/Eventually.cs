namespace PerfEval.FaultTests.Infrastructure;

/// <summary>Bounded polling for what happens asynchronously; the failure says what was awaited and what was seen.</summary>
public static class Eventually
{
    public static async Task Until(Func<Task<bool>> condition, string what, TimeSpan timeout, Func<Task<string>>? seen = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                var state = seen is null ? "" : " Last seen: " + await seen();
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0}s waiting for {what}.{state}");
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }
}
