using System.Net;

namespace Descope.UserManagement;

/// <summary>What the Descope API answered when a call failed; the input to <see cref="DescopeApiException"/>.</summary>
public sealed record DescopeErrorDetails
{
    /// <summary>Creates error details for <paramref name="operation"/> answered with <paramref name="statusCode"/>.</summary>
    /// <param name="operation">The SDK operation that failed, e.g. <c>UpdateEmail</c>.</param>
    /// <param name="statusCode">The HTTP status code of the answer.</param>
    public DescopeErrorDetails(string operation, HttpStatusCode statusCode)
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>The SDK operation that failed.</summary>
    public string Operation { get; init; }

    /// <summary>The HTTP status code of the answer.</summary>
    public HttpStatusCode StatusCode { get; init; }

    /// <summary>Descope's error code (<c>errorCode</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Descope's error description (<c>errorDescription</c>).</summary>
    public string? ErrorDescription { get; init; }

    /// <summary>Descope's error message (<c>errorMessage</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The start of a body that was not a Descope error body.</summary>
    public string? ResponseBodySnippet { get; init; }
}
