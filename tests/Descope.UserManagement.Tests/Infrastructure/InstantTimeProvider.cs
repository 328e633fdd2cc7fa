namespace Descope.UserManagement.Tests.Infrastructure;

// Kept by hand: Microsoft.Extensions.TimeProvider.Testing has nothing that does this job. A FakeTimeProvider timer
// fires only when the test advances the clock, or, with AutoAdvanceAmount, when something reads the clock; while the
// client sits in a back-off wait nothing reads it, so the call never resumes (tried with 1 ms, 1 s and 7 s steps against
// a 7 s Retry-After), and every read before the wait moves the clock the retry logic computes with. Advancing a
// FakeTimeProvider by hand would need the test to know when the wait's timer exists, which nothing public tells it.
// FakeTimeProvider also does not record how long each wait was asked to be, which is what these tests assert exactly.

/// <summary>
/// A clock on which every wait ends at once, and which remembers how long each wait was meant to be, so tests can
/// check back-off and Retry-After without sleeping. Its time moves forward by each wait.
/// </summary>
public sealed class InstantTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _waits = [];
    private DateTimeOffset _now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
            {
                return _waits.ToArray();
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
            {
                _waits.Add(dueTime);
                _now += dueTime;
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NoOpTimer();
    }

    private sealed class NoOpTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
