using System;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace Descope.UserManagement.Http;

/// <summary>
/// The one place a failure of a once-only operation (docs/wire-contract.md §4.2) becomes
/// <see cref="DescopeOutcomeUnknownException"/>: after a 5xx, a timeout or a broken connection the request may have
/// been carried out, and the caller must hear that rather than a plain error it might answer by sending it again.
/// </summary>
internal static class UnknownOutcome
{
    /// <summary>
    /// The exception to throw in place of <paramref name="error"/>, or <see langword="null"/> when
    /// <paramref name="error"/> says what happened: a repeatable operation, the caller's cancellation, an answer that
    /// settles it (a 4xx, a 429, a 2xx that could not be read), or a failure that certainly never reached Descope.
    /// </summary>
    public static DescopeOutcomeUnknownException? For(DescopeRequestContext context, Exception error, CancellationToken callerToken)
    {
        var operation = context.Operation;
        if (operation.IsRepeatable || callerToken.IsCancellationRequested)
        {
            return null;
        }

        return error switch
        {
            DescopeRateLimitException => null,
            DescopeApiException answer when (int)answer.StatusCode >= 500 => new DescopeOutcomeUnknownException(operation.Name, answer.StatusCode, answer),
            DescopeApiException => null,
            TimeoutException when !context.CertainlyNotSent => new DescopeOutcomeUnknownException(operation.Name, null, error),

            // Cancelled below the client: a plain HttpClient's own timeout, or a handler of the caller's.
            OperationCanceledException when !context.CertainlyNotSent => new DescopeOutcomeUnknownException(operation.Name, null, error),
            HttpRequestException or IOException when !context.CertainlyNotSent && !RetryDecision.NeverReachedServer(error) =>
                new DescopeOutcomeUnknownException(operation.Name, null, error),
            _ => null,
        };
    }
}
