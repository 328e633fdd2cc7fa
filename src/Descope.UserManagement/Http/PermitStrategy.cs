using System;
using System.Net;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Descope.UserManagement.Operations;
using Polly;

namespace Descope.UserManagement.Http;

/// <summary>
/// The Polly strategy between retry and the attempt timeout that takes a permit of the client-side
/// <see cref="RateLimiter"/> for each attempt and holds it until the attempt's answer is in. A refused permit ends
/// the attempt with <see cref="DescopeRateLimitException"/>, and nothing is sent.
/// </summary>
internal sealed class PermitStrategy : ResilienceStrategy
{
    private readonly RateLimiter _limiter;
    private readonly Func<ResilienceContext, DescopeOperation> _operationOf;

    public PermitStrategy(RateLimiter limiter, Func<ResilienceContext, DescopeOperation> operationOf)
    {
        _limiter = limiter;
        _operationOf = operationOf;
    }

    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        RateLimitLease lease;
        try
        {
            lease = await _limiter.AcquireAsync(1, context.CancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Polly strategies report failures as outcomes; the retry strategy judges them.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return Outcome.FromException<TResult>(error);
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                return Outcome.FromException<TResult>(new DescopeRateLimitException(
                    new DescopeErrorDetails(_operationOf(context).Name, (HttpStatusCode)429)
                    {
                        ErrorDescription = "The client-side rate limiter (DescopeUserClientOptions.RateLimiter) refused the call; nothing was sent.",
                    },
                    retryAfter: null));
            }

            return await callback(context, state).ConfigureAwait(false);
        }
    }
}
