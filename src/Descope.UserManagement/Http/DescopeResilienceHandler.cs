using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Descope.UserManagement.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Descope.UserManagement.Http;

/// <summary>
/// Retries, timeouts and client-side pacing for the requests of <see cref="DescopeUserClient"/>, on two Polly
/// pipelines: total timeout ⟶ retry ⟶ rate-limiter permit (held until the answer is in) ⟶ per-attempt timeout ⟶
/// a fresh copy of the request ⟶ the answer read into memory, so every timeout covers the body as well.
/// </summary>
/// <remarks>
/// Whether an outcome is retried depends on the operation (<see cref="DescopeOperation.IsIdempotent"/>): see
/// <see cref="RetryDecision"/>. The caller's cancellation always ends the call at once with
/// <see cref="OperationCanceledException"/>. A call that runs out of time ends with <see cref="TimeoutException"/>.
/// </remarks>
internal sealed class DescopeResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<DescopeRequestContext> ContextKey = new("Descope.RequestContext");
    private static readonly ResiliencePropertyKey<DateTimeOffset> DeadlineKey = new("Descope.Deadline");
    private static readonly ResiliencePropertyKey<bool> TotalTimeoutKey = new("Descope.TotalTimeoutFired");

    private readonly Func<DescopeUserClientOptions> _currentOptions;
    private readonly ILogger _logger;
    private Pipelines? _built;

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
        var pipelines = PipelinesFor(options);
        var body = request.Content is null ? null : await ReadRequestBodyAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var resilienceContext = ResilienceContextPool.Shared.Get(cancellationToken);
        resilienceContext.Properties.Set(ContextKey, context);
        resilienceContext.Properties.Set(DeadlineKey, options.TotalTimeout == Timeout.InfiniteTimeSpan
            ? DateTimeOffset.MaxValue
            : pipelines.TimeProvider.GetUtcNow() + options.TotalTimeout);
        try
        {
            var state = new AttemptState(request, body, options, context, pipelines.Attempt);
            var outcome = await pipelines.Call.ExecuteOutcomeAsync(
                static (ctx, state) => state.Handler.AttemptAsync(ctx, state),
                resilienceContext,
                (Handler: this, State: state)).ConfigureAwait(false);

            if (outcome.Exception is { } failure)
            {
                throw Translate(failure, context, options, resilienceContext.Properties.GetValue(TotalTimeoutKey, false), cancellationToken);
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilienceContext);
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext ctx, (DescopeResilienceHandler Handler, AttemptState State) args)
    {
        var state = args.State;
        var attempt = ++state.Attempts;
        state.Context.Attempts = attempt;
        try
        {
            // The permit is waited for outside the attempt's own timeout (waiting is not the server being slow)
            // and held until the answer is in, so a concurrency limiter really limits requests in flight.
            using var lease = await AcquirePermitAsync(state.Options.RateLimiter, state.Context, ctx.CancellationToken).ConfigureAwait(false);
            var message = attempt == 1 ? state.Request : RequestCopy.Of(state.Request, state.Body);
            return await state.AttemptPipeline.ExecuteOutcomeAsync(
                static async (attemptContext, send) =>
                {
                    try
                    {
                        var response = await send.Handler.SendOnceAsync(send.Message, attemptContext.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(response);
                    }
                    catch (Exception error)
                    {
                        return Outcome.FromException<HttpResponseMessage>(error);
                    }
                },
                ctx,
                (Handler: this, Message: message)).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            return Outcome.FromException<HttpResponseMessage>(error);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await ResponseBuffer.LoadAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException canceled) when (!cancellationToken.IsCancellationRequested)
        {
            // Cancelled by something below (a connect timeout of a custom handler, say), not by the caller or a
            // timeout of ours: a transport failure like any other.
            response?.Dispose();
            throw new HttpRequestException("The request was cancelled below the Descope client: " + canceled.Message, canceled);
        }
        catch (IOException broken) when (response is not null)
        {
            // The answer started and then the connection broke: the server may have acted, the answer is lost.
            response.Dispose();
            throw new HttpRequestException("The connection closed before the whole response arrived: " + broken.Message, broken);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    private static async Task<byte[]> ReadRequestBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // Buffered once: every attempt sends the same bytes in a new request.
#if NET8_0_OR_GREATER
        return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        cancellationToken.ThrowIfCancellationRequested();
        return await content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
    }

    private static async Task<RateLimitLease?> AcquirePermitAsync(RateLimiter? limiter, DescopeRequestContext context, CancellationToken cancellationToken)
    {
        if (limiter is null)
        {
            return null;
        }

        var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new DescopeRateLimitException(
            new DescopeErrorDetails(context.Operation.Name, (System.Net.HttpStatusCode)429)
            {
                ErrorDescription = "The client-side rate limiter (DescopeUserClientOptions.RateLimiter) refused the call; nothing was sent.",
            },
            retryAfter: null);
    }

    // What the caller sees when every attempt failed without an HTTP answer.
    private static Exception Translate(Exception failure, DescopeRequestContext context, DescopeUserClientOptions options, bool totalTimeoutFired, CancellationToken callerToken)
    {
        if (failure is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            return failure;
        }

        if (failure is TimeoutRejectedException timeout)
        {
            var limit = totalTimeoutFired ? $"the total timeout of {options.TotalTimeout}" : $"the attempt timeout of {options.Timeout}";
            return new TimeoutException($"Descope {context.Operation.Name} did not complete within {limit}.", timeout);
        }

        return failure;
    }

    private Pipelines PipelinesFor(DescopeUserClientOptions options)
    {
        var built = Volatile.Read(ref _built);
        if (built is not null && ReferenceEquals(built.Options, options))
        {
            return built;
        }

        built = Build(options);
        Volatile.Write(ref _built, built);
        return built;
    }

    private Pipelines Build(DescopeUserClientOptions options)
    {
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var retry = options.Retry ?? new DescopeRetryOptions();
        var backoff = new BackoffSchedule(retry);

        var call = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            call.AddTimeout(new TimeoutStrategyOptions
            {
                Timeout = options.TotalTimeout,
                OnTimeout = args =>
                {
                    args.Context.Properties.Set(TotalTimeoutKey, true);
                    return default;
                },
            });
        }

        if (retry.MaxRetries > 0)
        {
            call.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = retry.MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, retry, timeProvider)),
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

                    // The failed attempt's answer is not handed to anyone; release it now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        var attempt = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            attempt.AddTimeout(options.Timeout);
        }

        return new Pipelines(options, timeProvider, call.Build(), attempt.Build());
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext resilienceContext, DescopeRetryOptions retry, TimeProvider timeProvider)
    {
        var context = resilienceContext.Properties.GetValue(ContextKey, null!);
        var now = timeProvider.GetUtcNow();
        if (!RetryDecision.ShouldRetry(outcome.Result, outcome.Exception, context.Operation, retry.MaxRetryAfter, now, resilienceContext.CancellationToken))
        {
            if (outcome.Result is { } refused && RetryAfterHeader.Read(refused, now) is { } asked && asked > retry.MaxRetryAfter)
            {
                Log.RetryAfterTooLong(_logger, context.Operation.Name, asked.TotalSeconds, retry.MaxRetryAfter.TotalSeconds);
            }

            return false;
        }

        // A wait the server asks for that outlasts the call's remaining time would only end in a timeout and lose
        // the server's answer; hand the answer back instead.
        if (outcome.Result is { } response && RetryAfterHeader.Read(response, now) is { } wait
            && now + wait > resilienceContext.Properties.GetValue(DeadlineKey, DateTimeOffset.MaxValue))
        {
            return false;
        }

        return true;
    }

    /// <summary>The pipelines built for one options instance.</summary>
    private sealed class Pipelines(DescopeUserClientOptions options, TimeProvider timeProvider, ResiliencePipeline<HttpResponseMessage> call, ResiliencePipeline<HttpResponseMessage> attempt)
    {
        public DescopeUserClientOptions Options { get; } = options;

        public TimeProvider TimeProvider { get; } = timeProvider;

        public ResiliencePipeline<HttpResponseMessage> Call { get; } = call;

        public ResiliencePipeline<HttpResponseMessage> Attempt { get; } = attempt;
    }

    /// <summary>What every attempt of one call shares.</summary>
    private sealed class AttemptState(HttpRequestMessage request, byte[]? body, DescopeUserClientOptions options, DescopeRequestContext context, ResiliencePipeline<HttpResponseMessage> attemptPipeline)
    {
        public HttpRequestMessage Request { get; } = request;

        public byte[]? Body { get; } = body;

        public DescopeUserClientOptions Options { get; } = options;

        public DescopeRequestContext Context { get; } = context;

        public ResiliencePipeline<HttpResponseMessage> AttemptPipeline { get; } = attemptPipeline;

        public int Attempts { get; set; }
    }
}
