using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Descope.UserManagement.Redis;

/// <summary>
/// RedisRateLimiting's sliding-window limiter (one sorted set per key in Redis, timestamps in milliseconds, checked and
/// updated by one script, so every process sharing the key shares the count), with a refused lease that says when to
/// ask again.
/// </summary>
/// <remarks>
/// <para>
/// Why the sliding window and not RedisRateLimiting's fixed window: the fixed window counts in whole seconds (a window
/// of W seconds lasts from W to W + 1 s depending on where in a second it opened) and its refused lease carries the
/// wait as an <see cref="int"/> of whole seconds under its own metadata name, which understates the wait and which
/// <see cref="MetadataName.RetryAfter"/> readers cannot see. On a 2 s window that wastes a fifth of the budget on
/// average. The sliding window grants a permit only while fewer than the limit were granted in the last window, to
/// the millisecond, so no interval of that length, wherever it starts, holds more than the limit: a server window of
/// the same length, fixed (opened by its first request, as Descope's emulator does) or sliding, cannot overflow as long
/// as requests arrive in the order and spacing their permits were granted. The window given here is the server's plus
/// an allowance for the difference in how late requests arrive (<see cref="DescopeRedisLimits.DelayAllowance"/>).
/// </para>
/// <para>
/// The sliding window's refused lease carries no wait at all (the script returns only whether it allowed the request
/// and the count). This wrapper adds <see cref="MetadataName.RetryAfter"/>: a quarter of the window divided by the
/// limit (a quarter of the average spacing of permits at full speed), between 10 ms and 1 s, so a refused caller asks
/// again soon after the next permit frees up, instead of failing or backing off for seconds. Each ask is one short
/// script in Redis: a caller that waits a whole 60 s window for one of 200 permits asks about 800 times.
/// </para>
/// </remarks>
internal sealed class RedisWindowLimiter : RateLimiter
{
    private static readonly TimeSpan ShortestRetry = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(1);

    private readonly RedisSlidingWindowRateLimiter<string> _inner;

    public RedisWindowLimiter(IConnectionMultiplexer connection, string key, int permitLimit, TimeSpan window)
    {
        _inner = new RedisSlidingWindowRateLimiter<string>(key, new RedisSlidingWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            ConnectionMultiplexerFactory = () => connection,
        });
        Key = key;
        PermitLimit = permitLimit;
        Window = window;
        var spacing = TimeSpan.FromTicks(window.Ticks / permitLimit / 4);
        RetryAfter = spacing < ShortestRetry ? ShortestRetry : spacing > LongestRetry ? LongestRetry : spacing;
    }

    /// <summary>The partition key in Redis (RedisRateLimiting stores it as <c>rl:sw:{key}</c>).</summary>
    public string Key { get; }

    public int PermitLimit { get; }

    /// <summary>The window Redis enforces, allowance included.</summary>
    public TimeSpan Window { get; }

    /// <summary>What a refused lease tells the caller to wait before asking again.</summary>
    public TimeSpan RetryAfter { get; }

    public override TimeSpan? IdleDuration => _inner.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _inner.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => WithRetryAfter(_inner.AttemptAcquire(permitCount));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        WithRetryAfter(await _inner.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    private RateLimitLease WithRetryAfter(RateLimitLease lease) => lease.IsAcquired ? lease : new RefusedLease(lease, RetryAfter);

    /// <summary>A refused lease of the inner limiter, with <see cref="MetadataName.RetryAfter"/> added.</summary>
    private sealed class RefusedLease : RateLimitLease
    {
        private readonly RateLimitLease _inner;
        private readonly TimeSpan _retryAfter;

        public RefusedLease(RateLimitLease inner, TimeSpan retryAfter)
        {
            _inner = inner;
            _retryAfter = retryAfter;
        }

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames =>
            _inner.MetadataNames.Where(name => name != MetadataName.RetryAfter.Name).Append(MetadataName.RetryAfter.Name);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = _retryAfter;
                return true;
            }

            return _inner.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
