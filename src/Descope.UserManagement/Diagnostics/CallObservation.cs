using System;
using System.Diagnostics;
using Descope.UserManagement.Http;
using Descope.UserManagement.Operations;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Diagnostics;

/// <summary>
/// One call as traces, metrics and logs see it: a client span named after the operation, a duration measurement,
/// and a Debug line on success or an Error line on failure. Carries no secrets and no request bodies. A struct, so
/// observing a call that nobody listens to costs no allocation.
/// </summary>
internal readonly struct CallObservation
{
    private readonly Activity? _activity;
    private readonly long _started;

    private CallObservation(Activity? activity, long started)
    {
        _activity = activity;
        _started = started;
    }

    public static CallObservation Start(DescopeOperation operation)
    {
        var activity = DescopeTelemetry.Source.StartActivity(operation.ActivityName, ActivityKind.Client);
        activity?.SetTag(DescopeTelemetry.OperationTag, operation.Name);
        return new CallObservation(activity, Stopwatch.GetTimestamp());
    }

    public void Completed(DescopeRequestContext context, ILogger logger)
    {
        var elapsed = Record(context, error: null);
        Log.CallCompleted(logger, context.Operation.Name, context.StatusCode ?? 0, (long)elapsed.TotalMilliseconds, context.Attempts);
    }

    public void Failed(DescopeRequestContext context, ILogger logger, Exception error)
    {
        var elapsed = Record(context, error);
        if (error is not OperationCanceledException)
        {
            var errorCode = (error as DescopeApiException)?.ErrorCode;
            Log.CallFailed(logger, error, context.Operation.Name, context.StatusCode ?? 0, errorCode ?? "", (long)elapsed.TotalMilliseconds, context.Attempts);
        }
    }

    private TimeSpan Record(DescopeRequestContext context, Exception? error)
    {
        var elapsed = TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - _started) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
        var errorType = error?.GetType().Name;
        if (DescopeTelemetry.RequestDuration.Enabled)
        {
            var tags = new TagList { { DescopeTelemetry.OperationTag, context.Operation.Name } };
            if (context.StatusCode is { } status)
            {
                tags.Add(DescopeTelemetry.StatusCodeTag, status);
            }

            if (errorType is not null)
            {
                tags.Add(DescopeTelemetry.ErrorTypeTag, errorType);
            }

            DescopeTelemetry.RequestDuration.Record(elapsed.TotalSeconds, tags);
        }

        if (_activity is { } activity)
        {
            activity.SetTag(DescopeTelemetry.AttemptsTag, context.Attempts);
            if (context.StatusCode is { } code)
            {
                activity.SetTag(DescopeTelemetry.StatusCodeTag, code);
            }

            if ((error as DescopeApiException)?.ErrorCode is { } errorCode)
            {
                activity.SetTag(DescopeTelemetry.ErrorCodeTag, errorCode);
            }

            if (errorType is not null)
            {
                activity.SetTag(DescopeTelemetry.ErrorTypeTag, errorType);
                activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            activity.Dispose();
        }

        return elapsed;
    }
}
