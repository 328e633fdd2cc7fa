using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Operations;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Descope.UserManagement.Http;

/// <summary>
/// Retries, timeouts and client-side pacing for the requests of <see cref="DescopeUserClient"/>, on one Polly
/// pipeline: total timeout ⟶ retry ⟶ attempt count ⟶ rate-limiter permit (held until the answer is in) ⟶
/// per-attempt timeout ⟶ the caller's request, or on a retry a fresh copy of it ⟶ the answer read into memory, so
/// every timeout covers the body as well.
/// </summary>
/// <remarks>
/// Whether an outcome is retried depends on the operation (<see cref="DescopeOperation.Retry"/>): see
/// <see cref="RetryDecision"/>. The caller's cancellation always ends the call at once with
/// <see cref="OperationCanceledException"/>. A call that runs out of time ends with <see cref="TimeoutException"/>.
/// </remarks>
internal sealed class DescopeResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<CallState> CallKey = new("Descope.Call");

    private readonly Func<DescopeUserClientOptions> _currentOptions;
    private readonly ILogger _logger;
    private Pipeline? _built;

    public DescopeResilienceHandler(Func<DescopeUserClientOptions> currentOptions, ILogger logger)
    {
        _currentOptions = currentOptions;
        _logger = logger;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = DescopeRequestContext.Of(request);
        return context is null ? base.SendAsync(request, cancellationToken) : SendResilientlyAsync(request, context, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendResilientlyAsync(HttpRequestMessage request, DescopeRequestContext context, CancellationToken cancellationToken)
    {
        var options = _currentOptions();
        var pipeline = PipelineFor(options);
        var deadline = options.TotalTimeout == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : pipeline.TimeProvider.GetUtcNow() + options.TotalTimeout;
        var call = new CallState(this, request, context, deadline);
        var resilienceContext = ResilienceContextPool.Shared.Get(cancellationToken);
        resilienceContext.Properties.Set(CallKey, call);
        try
        {
            var outcome = await pipeline.Resilience.ExecuteOutcomeAsync(
                static (ctx, call) => call.Handler.AttemptAsync(ctx, call),
                resilienceContext,
                call).ConfigureAwait(false);

            if (outcome.Exception is { } failure)
            {
                context.CertainlyNotSent = !call.MayHaveReachedServer;
                throw Translate(failure, context, options, call.TotalTimeoutFired, cancellationToken);
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilienceContext);
        }
    }

    // One attempt: the first request sent is the caller's own, each later one a fresh copy of it. Every failure becomes an
    // outcome for the retry strategy to judge; nothing is thrown through Polly.
    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext ctx, CallState call)
    {
        var cancellationToken = ctx.CancellationToken;
        HttpResponseMessage? response = null;
        try
        {
            var message = ++call.Sent == 1 ? call.Request : RequestCopy.Of(call.Request, call.Context);
            call.MayHaveReachedServer = true;
            response = await base.SendAsync(message, cancellationToken).ConfigureAwait(false);

            // A 429 is a refusal before anything happened; any other answer may follow an action.
            call.MayHaveReachedServer = (int)response.StatusCode != 429;
            await ResponseBuffer.LoadAsync(response, cancellationToken).ConfigureAwait(false);
            return Outcome.FromResult(response);
        }
        catch (OperationCanceledException canceled) when (!cancellationToken.IsCancellationRequested)
        {
            // Cancelled by something below (a connect timeout of a custom handler, say), not by the caller or a
            // timeout of ours: a transport failure like any other.
            response?.Dispose();
            return Failure(new HttpRequestException("The request was cancelled below the Descope client: " + canceled.Message, canceled));
        }
        catch (IOException broken) when (response is not null)
        {
            // The answer started and then the connection broke: the server may have acted, the answer is lost.
            response.Dispose();
            return Failure(new HttpRequestException("The connection closed before the whole response arrived: " + broken.Message, broken));
        }
        catch (Exception error)
        {
            if (response is null && RetryDecision.NeverReachedServer(error))
            {
                call.MayHaveReachedServer = false;
            }

            response?.Dispose();
            return Failure(error);
        }
    }

    private static Outcome<HttpResponseMessage> Failure(Exception error) => Outcome.FromException<HttpResponseMessage>(error);

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

    private Pipeline PipelineFor(DescopeUserClientOptions options)
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

    private Pipeline Build(DescopeUserClientOptions options)
    {
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var retry = options.Retry ?? new DescopeRetryOptions();
        var backoff = new BackoffSchedule(retry);

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Timeout = options.TotalTimeout,
                OnTimeout = args =>
                {
                    Call(args.Context).TotalTimeoutFired = true;
                    return default;
                },
            });
        }

        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
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
                    var operation = Call(args.Context).Context.Operation;
                    var outcome = args.Outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    Log.RetryScheduled(_logger, operation.Name, args.AttemptNumber + 1, outcome, (long)args.RetryDelay.TotalMilliseconds);
                    DescopeTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(DescopeTelemetry.OperationTag, operation.Name));

                    // The failed attempt's answer is not handed to anyone; release it now.
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        builder.AddStrategy(_ => new AttemptCounter(static context =>
        {
            var call = Call(context);
            call.Context.Attempts = ++call.Attempts;
        }));

        if (options.RateLimiter is not null || options.RateLimits is not null)
        {
            // Waited for outside the attempt's own timeout (waiting is not the server being slow) and held until the
            // answer is in, so a concurrency limiter really limits requests in flight.
            builder.AddStrategy(_ => new PermitStrategy(
                options.RateLimits,
                options.RateLimiter,
                static context => new PermitCall(Call(context).Context.Operation, Call(context).Deadline),
                timeProvider,
                backoff));
        }

        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.Timeout);
        }

        return new Pipeline(options, timeProvider, builder.Build());
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext resilienceContext, DescopeRetryOptions retry, TimeProvider timeProvider)
    {
        // An answer that came is the common case, and a success is never retried: decide that before anything else.
        if (outcome.Result is { IsSuccessStatusCode: true })
        {
            return false;
        }

        var call = Call(resilienceContext);
        var operation = call.Context.Operation;
        var now = timeProvider.GetUtcNow();
        if (!RetryDecision.ShouldRetry(outcome.Result, outcome.Exception, operation, retry.MaxRetryAfter, now, resilienceContext.CancellationToken))
        {
            if (outcome.Result is { } refused && RetryAfterHeader.Read(refused, now) is { } asked && asked > retry.MaxRetryAfter)
            {
                Log.RetryAfterTooLong(_logger, operation.Name, asked.TotalSeconds, retry.MaxRetryAfter.TotalSeconds);
            }

            return false;
        }

        // A wait the server asks for that outlasts the call's remaining time would only end in a timeout and lose
        // the server's answer; hand the answer back instead.
        if (outcome.Result is { } response && RetryAfterHeader.Read(response, now) is { } wait && now + wait > call.Deadline)
        {
            return false;
        }

        return true;
    }

    private static CallState Call(ResilienceContext context) => context.Properties.GetValue(CallKey, null!);

    /// <summary>The pipeline built for one options instance.</summary>
    private sealed class Pipeline(DescopeUserClientOptions options, TimeProvider timeProvider, ResiliencePipeline<HttpResponseMessage> resilience)
    {
        public DescopeUserClientOptions Options { get; } = options;

        public TimeProvider TimeProvider { get; } = timeProvider;

        public ResiliencePipeline<HttpResponseMessage> Resilience { get; } = resilience;
    }

    /// <summary>What every attempt of one call shares.</summary>
    private sealed class CallState(DescopeResilienceHandler handler, HttpRequestMessage request, DescopeRequestContext context, DateTimeOffset deadline)
    {
        public DescopeResilienceHandler Handler { get; } = handler;

        public HttpRequestMessage Request { get; } = request;

        public DescopeRequestContext Context { get; } = context;

        /// <summary>When the total timeout runs out; <see cref="DateTimeOffset.MaxValue"/> when there is none.</summary>
        public DateTimeOffset Deadline { get; } = deadline;

        /// <summary>Attempts started, whether or not they got as far as sending.</summary>
        public int Attempts { get; set; }

        /// <summary>Requests handed to the handler below: the first is the caller's, the rest are copies.</summary>
        public int Sent { get; set; }

        public bool TotalTimeoutFired { get; set; }

        /// <summary>
        /// Whether the latest attempt could have reached Descope: it was handed to the transport and was neither
        /// refused with a 429 nor failed before connecting. <see langword="false"/> until an attempt is sent.
        /// </summary>
        public bool MayHaveReachedServer { get; set; }
    }
}
