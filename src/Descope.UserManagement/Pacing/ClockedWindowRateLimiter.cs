using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Descope.UserManagement;

/// <summary>
/// At most a number of permits in any window, the window sliding in segments on a <see cref="TimeProvider"/>'s timer;
/// callers past the limit queue in order. The built-in <see cref="SlidingWindowRateLimiter"/> measures its segments on
/// the machine's stopwatch even when replenished by hand, so it cannot follow a test clock; this one measures nothing
/// itself: each tick of the clock's timer retires the oldest segment and hands its permits to the queue.
/// </summary>
internal sealed class ClockedWindowRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);

    private readonly object _gate = new();
    private readonly int _limit;
    private readonly int[] _usedPerSegment;
    private readonly TimeSpan _segment;
    private readonly TimeProvider _clock;
    private readonly ITimer _timer;
    private readonly Queue<Waiter> _queue = new();
    private int _current;
    private int _available;
    private int _queued;
    private long _granted;
    private long _refused;
    private long _idleSince;
    private bool _disposed;

    public ClockedWindowRateLimiter(int permitLimit, TimeSpan window, int segments, TimeProvider clock)
    {
        // The arguments are checked by DescopeRateLimiters.PerWindow, under the names the caller used.
        _limit = permitLimit;
        _available = permitLimit;
        _usedPerSegment = new int[segments];
        _segment = TimeSpan.FromTicks(Math.Max(1, window.Ticks / segments));
        _clock = clock;
        _idleSince = clock.GetTimestamp();
        _timer = clock.CreateTimer(static state => ((ClockedWindowRateLimiter)state!).Tick(), this, _segment, _segment);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _available == _limit && _queued == 0 ? _clock.GetElapsedTime(_idleSince) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _available,
                CurrentQueuedCount = _queued,
                TotalSuccessfulLeases = _granted,
                TotalFailedLeases = _refused,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckCount(permitCount);
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_queued == 0 && _available >= permitCount)
            {
                Take(permitCount);
                return Granted;
            }

            _refused++;
            return new Lease(false, _segment);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckCount(permitCount);
        Waiter waiter;
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_queued == 0 && _available >= permitCount)
            {
                Take(permitCount);
                return new ValueTask<RateLimitLease>(Granted);
            }

            waiter = new Waiter(permitCount);
            _queue.Enqueue(waiter);
            _queued += permitCount;
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(static state =>
            {
                var (limiter, waiting, token) = ((ClockedWindowRateLimiter, Waiter, CancellationToken))state!;
                limiter.Cancel(waiting, token);
            }, (this, waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Lease.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer.Dispose();
            List<Waiter> abandoned;
            lock (_gate)
            {
                _disposed = true;
                abandoned = new List<Waiter>(_queue);
                _queue.Clear();
                _queued = 0;
                foreach (var waiter in abandoned)
                {
                    waiter.Queued = false;
                }
            }

            foreach (var waiter in abandoned)
            {
                waiter.Registration.Dispose();
                waiter.Lease.TrySetResult(new Lease(false, null));
            }
        }

        base.Dispose(disposing);
    }

    protected override ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        return base.DisposeAsyncCore();
    }

    // One segment's time has passed: the oldest segment leaves the window and its permits serve the queue in order.
    private void Tick()
    {
        var served = new List<Waiter>();
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _current = (_current + 1) % _usedPerSegment.Length;
            _available += _usedPerSegment[_current];
            _usedPerSegment[_current] = 0;
            while (_queue.Count > 0)
            {
                var next = _queue.Peek();
                if (next.Queued && _available < next.Count)
                {
                    break;
                }

                _queue.Dequeue();
                if (!next.Queued)
                {
                    continue; // cancelled while waiting
                }

                next.Queued = false;
                _queued -= next.Count;
                Take(next.Count);
                served.Add(next);
            }

            if (_available == _limit)
            {
                _idleSince = _clock.GetTimestamp();
            }
        }

        // Outside the lock, since continuations may run: a served waiter can no longer be cancelled (Cancel checks Queued).
        foreach (var waiter in served)
        {
            waiter.Registration.Dispose();
            waiter.Lease.TrySetResult(Granted);
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (_gate)
        {
            if (!waiter.Queued)
            {
                return; // served (or abandoned) first
            }

            // The waiter stays in the queue until a tick reaches it and skips it; it no longer counts as queued.
            waiter.Queued = false;
            _queued -= waiter.Count;
            _refused++;
        }

        waiter.Lease.TrySetCanceled(token);
    }

    private void Take(int permitCount)
    {
        _available -= permitCount;
        _usedPerSegment[_current] += permitCount;
        _granted++;
    }

    private void CheckCount(int permitCount)
    {
        if (permitCount < 0 || permitCount > _limit)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"A lease can take from 0 to {_limit} permits.");
        }
    }

    private void ThrowIfDisposed()
    {
#if NET7_0_OR_GREATER
        ObjectDisposedException.ThrowIf(_disposed, this);
#else
        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(ClockedWindowRateLimiter));
        }
#endif
    }

    private sealed class Waiter(int count)
    {
        public int Count { get; } = count;

        public TaskCompletionSource<RateLimitLease> Lease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }

        /// <summary>Still waiting for permits; changed only under the limiter's lock.</summary>
        public bool Queued { get; set; } = true;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
