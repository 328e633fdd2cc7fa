using System;
using System.Net;
using System.Text;

namespace Descope.UserManagement;

/// <summary>
/// The Descope API answered with an error, or with a success whose body could not be read.
/// </summary>
/// <remarks>
/// The message is built from the status code, the Descope error code and texts, and the operation; it never
/// contains the management key or the <c>Authorization</c> header.
/// </remarks>
public class DescopeApiException : Exception
{
    /// <summary>Creates an exception describing a failed Descope call.</summary>
    /// <param name="details">What the server answered.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    public DescopeApiException(DescopeErrorDetails details, Exception? innerException = null)
        : this(details, BuildMessage(details ?? throw new ArgumentNullException(nameof(details))), innerException)
    {
    }

    /// <summary>Creates an exception describing a failed Descope call with a message of the subclass's own.</summary>
    /// <param name="details">What the server answered.</param>
    /// <param name="message">The message; it must not contain the management key or any other secret.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    protected DescopeApiException(DescopeErrorDetails details, string message, Exception? innerException)
        : base(message, innerException)
    {
        Internal.Argument.NotNull(details, nameof(details));
        StatusCode = details.StatusCode;
        ErrorCode = details.ErrorCode;
        ErrorDescription = details.ErrorDescription;
        ErrorMessage = details.ErrorMessage;
        Operation = details.Operation;
        ResponseBodySnippet = details.ResponseBodySnippet;
    }

    /// <summary>The HTTP status code the server answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Descope's error code, e.g. <c>E011003</c>; <see langword="null"/> when the body was not a Descope error.</summary>
    public string? ErrorCode { get; }

    /// <summary>Descope's short description of the error (<c>errorDescription</c>).</summary>
    public string? ErrorDescription { get; }

    /// <summary>Descope's detailed error message (<c>errorMessage</c>), when it sent one.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The SDK operation that failed, e.g. <c>UpdateEmail</c>.</summary>
    public string Operation { get; }

    /// <summary>The start of the response body when it was not a Descope error body (a proxy's HTML page, say).</summary>
    public string? ResponseBodySnippet { get; }

    private static string BuildMessage(DescopeErrorDetails details)
    {
        var message = new StringBuilder()
            .Append("Descope ").Append(details.Operation).Append(" failed with HTTP ")
            .Append((int)details.StatusCode);
        if (details.ErrorCode is not null)
        {
            message.Append(" (").Append(details.ErrorCode).Append(')');
        }

        if (details.ErrorDescription is not null)
        {
            message.Append(": ").Append(details.ErrorDescription);
        }

        if (details.ErrorMessage is not null)
        {
            message.Append(details.ErrorDescription is null ? ": " : " - ").Append(details.ErrorMessage);
        }

        if (details.ErrorCode is null && details.ResponseBodySnippet is not null)
        {
            message.Append(". Response body: ").Append(details.ResponseBodySnippet);
        }

        return message.Append('.').ToString();
    }
}
