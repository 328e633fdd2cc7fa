using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Descope.UserManagement.Http;

/// <summary>
/// Retries, timeouts and client-side pacing for the requests of <see cref="DescopeUserClient"/>, on a Polly pipeline:
/// total timeout ⟶ retry ⟶ per-attempt timeout ⟶ rate-limiter permit ⟶ a fresh copy of the request.
/// </summary>
/// <remarks>
/// Whether an outcome is retried depends on the operation (<see cref="DescopeOperation.IsIdempotent"/>): see
/// <see cref="RetryDecision"/>. The caller's cancellation always ends the call at once with
/// <see cref="OperationCanceledException"/>. A call that runs out of time ends with <see cref="TimeoutException"/>.
/// </remarks>
internal sealed class DescopeResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<DescopeRequestContext> ContextKey = new("Descope.RequestContext");
    private static readonly ResiliencePropertyKey<int> AttemptKey = new("Descope.Attempt");

    private readonly Func<DescopeUserClientOptions> _currentOptions;
    private readonly ILogger _logger;
    private (DescopeUserClientOptions Options, ResiliencePipeline<HttpResponseMessage> Pipeline)? _built;

    public DescopeResilienceHandler(Func<DescopeUserClientOptions> currentOptions, ILogger logger)
    {
        _currentOptions = currentOptions;
        _logger = logger;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = DescopeRequestContext.Of(request);
        if (context is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var options = _currentOptions();
        var pipeline = PipelineFor(options);
        var body = request.Content is null ? null : await ReadBodyAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var resilienceContext = ResilienceContextPool.Shared.Get(cancellationToken);
        resilienceContext.Properties.Set(ContextKey, context);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                async (ctx, state) =>
                {
                    var attempt = ctx.Properties.GetValue(AttemptKey, 0) + 1;
                    ctx.Properties.Set(AttemptKey, attempt);
                    state.Context.Attempts = attempt;
                    try
                    {
                        await WaitForPermitAsync(state.Options, state.Context, ctx.CancellationToken).ConfigureAwait(false);
                        var message = attempt == 1 ? state.Request : RequestCopy.Of(state.Request, state.Body);
                        var response = await base.SendAsync(message, ctx.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(response);
                    }
                    catch (Exception error)
                    {
                        return Outcome.FromException<HttpResponseMessage>(error);
                    }
                },
                resilienceContext,
                (Request: request, Body: body, Options: options, Context: context)).ConfigureAwait(false);

            if (outcome.Exception is { } failure)
            {
                throw Translate(failure, context, options, cancellationToken);
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilienceContext);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // Buffered once: every attempt sends the same bytes in a new request.
#if NET8_0_OR_GREATER
        return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        cancellationToken.ThrowIfCancellationRequested();
        return await content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
    }

    private static async Task WaitForPermitAsync(DescopeUserClientOptions options, DescopeRequestContext context, CancellationToken cancellationToken)
    {
        if (options.RateLimiter is not { } limiter)
        {
            return;
        }

        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new DescopeRateLimitException(
                new DescopeErrorDetails(context.Operation.Name, (System.Net.HttpStatusCode)429)
                {
                    ErrorDescription = "The client-side rate limiter (DescopeUserClientOptions.RateLimiter) refused the call; nothing was sent.",
                },
                retryAfter: null);
        }
    }

    // What the caller sees when every attempt failed without an HTTP answer.
    private static Exception Translate(Exception failure, DescopeRequestContext context, DescopeUserClientOptions options, CancellationToken callerToken)
    {
        if (failure is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            return failure is TaskCanceledException or OperationCanceledException ? failure : new OperationCanceledException(callerToken);
        }

        if (failure is TimeoutRejectedException timeout)
        {
            var limit = timeout.Timeout == options.TotalTimeout ? $"the total timeout of {options.TotalTimeout}" : $"the attempt timeout of {options.Timeout}";
            return new TimeoutException($"Descope {context.Operation.Name} did not complete within {limit}.", timeout);
        }

        return failure;
    }

    private ResiliencePipeline<HttpResponseMessage> PipelineFor(DescopeUserClientOptions options)
    {
        var built = _built;
        if (built is { } cached && ReferenceEquals(cached.Options, options))
        {
            return cached.Pipeline;
        }

        var pipeline = Build(options);
        _built = (options, pipeline);
        return pipeline;
    }

    private ResiliencePipeline<HttpResponseMessage> Build(DescopeUserClientOptions options)
    {
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var retry = options.Retry ?? new DescopeRetryOptions();
        var backoff = new BackoffSchedule(retry);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.TotalTimeout);
        }

        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxRetries,
                ShouldHandle = args =>
                {
                    var context = args.Context.Properties.GetValue(ContextKey, null!);
                    var retryIt = RetryDecision.ShouldRetry(
                        args.Outcome.Result, args.Outcome.Exception, context.Operation, retry.MaxRetryAfter, timeProvider.GetUtcNow(), args.Context.CancellationToken);
                    if (!retryIt && args.Outcome.Result is { StatusCode: (System.Net.HttpStatusCode)429 } limited
                        && RetryAfterHeader.Read(limited, timeProvider.GetUtcNow()) is { } wait)
                    {
                        Log.RetryAfterTooLong(_logger, context.Operation.Name, wait.TotalSeconds, retry.MaxRetryAfter.TotalSeconds);
                    }

                    return new ValueTask<bool>(retryIt);
                },
                DelayGenerator = args =>
                {
                    var retryAfter = args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, timeProvider.GetUtcNow()) : null;
                    return new ValueTask<TimeSpan?>(backoff.Delay(args.AttemptNumber, retryAfter));
                },
                OnRetry = args =>
                {
                    var context = args.Context.Properties.GetValue(ContextKey, null!);
                    var outcome = args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    Log.RetryScheduled(_logger, context.Operation.Name, args.AttemptNumber + 1, outcome, (long)args.RetryDelay.TotalMilliseconds);
                    DescopeTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(DescopeTelemetry.OperationTag, context.Operation.Name));

                    // The failed attempt's answer is not handed to anyone; release its connection now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.Timeout);
        }

        return builder.Build();
    }
}
