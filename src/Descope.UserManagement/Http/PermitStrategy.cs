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
/// <see cref="DescopeUserClientOptions.RateLimiter"/>, and holds them until the attempt's answer is in. A refused
/// permit ends the attempt with <see cref="DescopeRateLimitException"/>, and nothing is sent.
/// </summary>
internal sealed class PermitStrategy : ResilienceStrategy
{
    private readonly DescopeBucketLimiters? _buckets;
    private readonly RateLimiter? _shared;
    private readonly Func<ResilienceContext, DescopeOperation> _operationOf;

    public PermitStrategy(DescopeBucketLimiters? buckets, RateLimiter? shared, Func<ResilienceContext, DescopeOperation> operationOf)
    {
        _buckets = buckets;
        _shared = shared;
        _operationOf = operationOf;
    }

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var operation = _operationOf(context);
        RateLimitLease? budgetLease = null;
        RateLimitLease? sharedLease = null;
        try
        {
            if (_buckets?.For(operation.Bucket) is { } budget)
            {
                budgetLease = await AcquireAsync(budget, context).ConfigureAwait(false);
                if (!budgetLease.IsAcquired)
                {
                    return Outcome.FromException<TResult>(Refused(operation, "DescopeUserClientOptions.RateLimits." + operation.Bucket));
                }
            }

            if (_shared is not null)
            {
                sharedLease = await AcquireAsync(_shared, context).ConfigureAwait(false);
                if (!sharedLease.IsAcquired)
                {
                    return Outcome.FromException<TResult>(Refused(operation, "DescopeUserClientOptions.RateLimiter"));
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

    private static ValueTask<RateLimitLease> AcquireAsync(RateLimiter limiter, ResilienceContext context) =>
        limiter.AcquireAsync(1, context.CancellationToken);

    private static DescopeRateLimitException Refused(DescopeOperation operation, string limiterName) =>
        new(new DescopeErrorDetails(operation.Name, (HttpStatusCode)429)
        {
            ErrorDescription = $"The client-side rate limiter ({limiterName}) refused the call; nothing was sent.",
        },
        retryAfter: null);
}
