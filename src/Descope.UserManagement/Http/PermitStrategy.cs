using System;
using System.Net;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Descope.UserManagement.Operations;
using Polly;

namespace Descope.UserManagement.Http;

/// <summary>
/// The Polly strategy between retry and the attempt timeout that takes, for each attempt, a permit of the limiter of
/// the operation's budget (<see cref="DescopeUserClientOptions.RateLimits"/>) and then one of the client-wide
/// <see cref="DescopeUserClientOptions.RateLimiter"/>, and holds them until the attempt's answer is in.
/// </summary>
/// <remarks>
/// A limiter without a queue (a distributed one, typically) refuses at once and says when to come back
/// (<see cref="MetadataName.RetryAfter"/>): the attempt waits that long on the options' clock and asks again, or, when
/// the lease says nothing, waits the retry back-off. Only a wait that would outlast the call's total timeout ends the
/// attempt, with <see cref="DescopeRateLimitException"/> carrying the wait, and nothing is sent.
/// </remarks>
internal sealed class PermitStrategy : ResilienceStrategy
{
    // A limiter that asks for no wait at all is asked again after this, so a refusing limiter cannot spin the processor.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    private readonly DescopeBucketLimiters? _buckets;
    private readonly RateLimiter? _shared;
    private readonly Func<ResilienceContext, PermitCall> _callOf;
    private readonly TimeProvider _timeProvider;
    private readonly BackoffSchedule _backoff;

    public PermitStrategy(DescopeBucketLimiters? buckets, RateLimiter? shared, Func<ResilienceContext, PermitCall> callOf, TimeProvider timeProvider, BackoffSchedule backoff)
    {
        _buckets = buckets;
        _shared = shared;
        _callOf = callOf;
        _timeProvider = timeProvider;
        _backoff = backoff;
    }

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var call = _callOf(context);
        var operation = call.Operation;
        RateLimitLease? budgetLease = null;
        RateLimitLease? sharedLease = null;
        try
        {
            if (_buckets?.For(operation.Bucket) is { } budget)
            {
                budgetLease = await AcquireAsync(budget, context, call.Deadline).ConfigureAwait(false);
                if (!budgetLease.IsAcquired)
                {
                    return Outcome.FromException<TResult>(Refused(operation, "DescopeUserClientOptions.RateLimits." + operation.Bucket, budgetLease));
                }
            }

            if (_shared is not null)
            {
                sharedLease = await AcquireAsync(_shared, context, call.Deadline).ConfigureAwait(false);
                if (!sharedLease.IsAcquired)
                {
                    budgetLease?.Dispose();
                    return Outcome.FromException<TResult>(Refused(operation, "DescopeUserClientOptions.RateLimiter", sharedLease));
                }
            }
        }
#pragma warning disable CA1031 // Polly strategies report failures as outcomes; the retry strategy judges them.
        catch (Exception error)
#pragma warning restore CA1031
        {
            sharedLease?.Dispose();
            budgetLease?.Dispose();
            return Outcome.FromException<TResult>(error);
        }

        try
        {
            return await callback(context, state).ConfigureAwait(false);
        }
        finally
        {
            sharedLease?.Dispose();
            budgetLease?.Dispose();
        }
    }

    // Asks until the limiter grants a permit, waiting between refusals; a refused lease comes back only when the next
    // wait would outlast the deadline.
    private async ValueTask<RateLimitLease> AcquireAsync(RateLimiter limiter, ResilienceContext context, DateTimeOffset deadline)
    {
        var cancellationToken = context.CancellationToken;
        for (var refusals = 0; ; refusals++)
        {
            var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (lease.IsAcquired)
            {
                return lease;
            }

            var wait = _backoff.Delay(refusals, RetryAfterOf(lease));
            if (wait < MinimumWait)
            {
                wait = MinimumWait;
            }

            if (deadline - _timeProvider.GetUtcNow() < wait)
            {
                return lease;
            }

            lease.Dispose();
#if NET8_0_OR_GREATER
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
#else
            await _timeProvider.Delay(wait, cancellationToken).ConfigureAwait(false);
#endif
        }
    }

    private static TimeSpan? RetryAfterOf(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null;

    private static DescopeRateLimitException Refused(DescopeOperation operation, string limiterName, RateLimitLease lease)
    {
        var retryAfter = RetryAfterOf(lease);
        lease.Dispose();
        return new(
            new DescopeErrorDetails(operation.Name, (HttpStatusCode)429)
            {
                ErrorDescription = $"The client-side rate limiter ({limiterName}) refused the call for longer than the call's total timeout leaves; nothing was sent.",
            },
            retryAfter);
    }
}
