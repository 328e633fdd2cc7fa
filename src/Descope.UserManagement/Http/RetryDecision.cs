using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using Descope.UserManagement.Operations;
using Polly.Timeout;

namespace Descope.UserManagement.Http;

/// <summary>Which outcomes of an attempt are worth another attempt, for an operation of a given kind.</summary>
internal static class RetryDecision
{
    /// <summary>Whether to try again after <paramref name="response"/> or <paramref name="error"/>.</summary>
    public static bool ShouldRetry(
        HttpResponseMessage? response, Exception? error, DescopeOperation operation, TimeSpan maxRetryAfter, DateTimeOffset now, CancellationToken callerToken)
    {
        if (callerToken.IsCancellationRequested)
        {
            return false;
        }

        if (response is not null)
        {
            // A wait asked for that is longer than the caller is willing to sleep is not waited out, whatever the
            // status: the answer goes back (a 429 as DescopeRateLimitException with its RetryAfter).
            if (RetryAfterHeader.Read(response, now) is { } wait && wait > maxRetryAfter)
            {
                return false;
            }

            var status = (int)response.StatusCode;

            // 429: refused before anything happened, so safe for every operation.
            return status == 429 || (operation.IsRepeatable && IsTransientStatus(status));
        }

        return error switch
        {
            null => false,
            TimeoutRejectedException => operation.IsRepeatable,
            OperationCanceledException => false,
            HttpRequestException or IOException => operation.IsRepeatable || NeverReachedServer(error),
            _ => false,
        };
    }

    /// <summary>Statuses of a server or gateway that did not complete the request and may well the next time.</summary>
    public static bool IsTransientStatus(int status) =>
        status is 502 or 503 or 504 or 520 or 521 or 522 or 524 or 530;

    /// <summary>
    /// Whether the failure happened before any byte of the request could reach the server (no connection was made),
    /// which makes even a non-idempotent request safe to send again.
    /// </summary>
    public static bool NeverReachedServer(Exception error)
    {
#if NET8_0_OR_GREATER
        if (error is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError })
        {
            return true;
        }
#endif
        for (var inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException socket)
            {
                return socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.HostNotFound
                    or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.TryAgain
                    or SocketError.AddressNotAvailable or SocketError.HostDown;
            }
        }

        return false;
    }
}
