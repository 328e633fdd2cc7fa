using System;
using System.Net;

namespace Descope.UserManagement;

/// <summary>
/// A call that must not be sent twice (a create, an invitation, a batch create, a login-ID change) may have reached
/// Descope, but no usable answer came back: a 5xx, a timeout, or a connection that closed before the answer. The
/// change may have been applied, so the SDK did not send it again; load the user to find out.
/// </summary>
/// <remarks>
/// <see cref="Exception.InnerException"/> is what the call ran into: the <see cref="DescopeApiException"/> of the 5xx
/// answer, a <see cref="TimeoutException"/>, or the transport's <see cref="System.Net.Http.HttpRequestException"/>.
/// The error code and texts of a 5xx answer are copied here. Failures that certainly never reached Descope (a 429, a
/// refused connection, a host name that did not resolve) are never reported this way: they are retried, and what is
/// left after the retries is thrown as it is.
/// </remarks>
public class DescopeOutcomeUnknownException : DescopeApiException
{
    /// <summary>Creates the exception for <paramref name="operation"/>.</summary>
    /// <param name="operation">The SDK operation, e.g. <c>Invite</c>.</param>
    /// <param name="responseStatusCode">The status of the answer that left the outcome open, or <see langword="null"/> when none came.</param>
    /// <param name="innerException">What the call ran into.</param>
    public DescopeOutcomeUnknownException(string operation, HttpStatusCode? responseStatusCode, Exception innerException)
        : base(Details(operation, responseStatusCode, innerException), Describe(operation, responseStatusCode, innerException), innerException)
    {
        ResponseStatusCode = responseStatusCode;
    }

    /// <summary>
    /// The status of the answer that left the outcome open (a 5xx), or <see langword="null"/> when no answer came (a
    /// timeout, a dropped connection); <see cref="DescopeApiException.StatusCode"/> is then <c>0</c>.
    /// </summary>
    public HttpStatusCode? ResponseStatusCode { get; }

    private static DescopeErrorDetails Details(string operation, HttpStatusCode? status, Exception? innerException)
    {
        var answer = innerException as DescopeApiException;
        return new DescopeErrorDetails(operation, status ?? 0)
        {
            ErrorCode = answer?.ErrorCode,
            ErrorDescription = answer?.ErrorDescription,
            ErrorMessage = answer?.ErrorMessage,
            ResponseBodySnippet = answer?.ResponseBodySnippet,
        };
    }

    private static string Describe(string operation, HttpStatusCode? status, Exception? innerException)
    {
        Internal.Argument.NotNull(innerException, nameof(innerException));
        var cause = innerException switch
        {
            DescopeApiException answer when status is { } code =>
                $"Descope answered HTTP {(int)code}" + (answer.ErrorCode is { } errorCode ? $" ({errorCode}{(answer.ErrorDescription is { } text ? ": " + text : "")})" : ""),
            TimeoutException => "the call timed out before an answer came",
            OperationCanceledException => "the request was cancelled below the client before an answer came",
            _ => "the connection failed before an answer came",
        };
        return $"Descope {operation} may have been applied: {cause}, and a second copy was not sent because it could act twice. {(operation.EndsWith("Batch", StringComparison.Ordinal) ? "Load the users" : "Load the user")} to find out.";
    }
}
