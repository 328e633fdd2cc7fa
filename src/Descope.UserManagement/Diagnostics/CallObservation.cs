using System;
using System.Collections.Generic;
using System.Diagnostics;
using Descope.UserManagement.Http;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Diagnostics;

/// <summary>
/// One call as traces, metrics and logs see it: a client span named after the operation, a duration measurement,
/// and a Debug line on success or an Error line on failure. Carries no secrets and no request bodies.
/// </summary>
internal sealed class CallObservation : IDisposable
{
    private readonly DescopeOperation _operation;
    private readonly DescopeRequestContext _context;
    private readonly ILogger _logger;
    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();
    private Exception? _error;

    public CallObservation(DescopeOperation operation, DescopeRequestContext context, ILogger logger)
    {
        _operation = operation;
        _context = context;
        _logger = logger;
        _activity = DescopeTelemetry.Source.StartActivity("Descope " + operation.Name, ActivityKind.Client);
        _activity?.SetTag(DescopeTelemetry.OperationTag, operation.Name);
    }

    public void Failed(Exception error) => _error = error;

    public void Dispose()
    {
        var elapsed = TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - _started) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
        var errorCode = (_error as DescopeApiException)?.ErrorCode;
        var errorType = _error?.GetType().Name;
        var tags = new TagList { { DescopeTelemetry.OperationTag, _operation.Name } };
        if (_context.StatusCode is { } status)
        {
            tags.Add(DescopeTelemetry.StatusCodeTag, status);
        }

        if (errorType is not null)
        {
            tags.Add(DescopeTelemetry.ErrorTypeTag, errorType);
        }

        DescopeTelemetry.RequestDuration.Record(elapsed.TotalSeconds, tags);

        if (_activity is not null)
        {
            _activity.SetTag(DescopeTelemetry.AttemptsTag, _context.Attempts);
            if (_context.StatusCode is { } code)
            {
                _activity.SetTag(DescopeTelemetry.StatusCodeTag, code);
            }

            if (errorCode is not null)
            {
                _activity.SetTag(DescopeTelemetry.ErrorCodeTag, errorCode);
            }

            if (errorType is not null)
            {
                _activity.SetTag(DescopeTelemetry.ErrorTypeTag, errorType);
                _activity.SetStatus(ActivityStatusCode.Error, errorType);
            }

            _activity.Dispose();
        }

        var elapsedMs = (long)elapsed.TotalMilliseconds;
        if (_error is null)
        {
            Log.CallCompleted(_logger, _operation.Name, _context.StatusCode ?? 0, elapsedMs, _context.Attempts);
        }
        else if (_error is not OperationCanceledException)
        {
            Log.CallFailed(_logger, _error, _operation.Name, _context.StatusCode ?? 0, errorCode ?? "", elapsedMs, _context.Attempts);
        }
    }
}
