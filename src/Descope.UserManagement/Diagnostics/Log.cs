using System;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Diagnostics;

/// <summary>
/// Every log line the SDK writes, generated at compile time. None carries the management key, the Authorization
/// header or a request body (bodies hold personal data).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug,
        Message = "Descope {Operation} answered HTTP {StatusCode} in {ElapsedMs} ms after {Attempts} attempt(s)")]
    public static partial void CallCompleted(ILogger logger, string operation, int statusCode, long elapsedMs, int attempts);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error,
        Message = "Descope {Operation} failed (HTTP {StatusCode}, error code '{ErrorCode}') after {ElapsedMs} ms and {Attempts} attempt(s)")]
    public static partial void CallFailed(ILogger logger, Exception error, string operation, int statusCode, string errorCode, long elapsedMs, int attempts);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Descope {Operation} attempt {Attempt} failed ({Outcome}); retrying in {DelayMs} ms")]
    public static partial void RetryScheduled(ILogger logger, string operation, int attempt, string outcome, long delayMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Descope {Operation} was rate limited with Retry-After {RetryAfterSeconds} s, more than the {CapSeconds} s the client waits; failing now")]
    public static partial void RetryAfterTooLong(ILogger logger, string operation, double retryAfterSeconds, double capSeconds);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug,
        Message = "Descope license tier is {Tier}")]
    public static partial void LicenseTier(ILogger logger, string tier);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Descope license handshake failed ({Reason}); calls go without x-descope-license until the next try in {RetryInSeconds} s")]
    public static partial void LicenseHandshakeFailed(ILogger logger, string reason, double retryInSeconds);
}
