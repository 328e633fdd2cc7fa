namespace Descope.UserManagement;

/// <summary>One user of a batch create or batch invite that was not created.</summary>
public sealed record BatchCreateFailure
{
    /// <summary>Creates a failure record.</summary>
    /// <param name="loginId">The login ID the caller sent for this user.</param>
    /// <param name="failure">Why the user was not created.</param>
    public BatchCreateFailure(string loginId, string failure)
    {
        LoginId = loginId;
        Failure = failure;
    }

    /// <summary>The login ID the caller sent for this user in its <see cref="BatchUserCreate"/>.</summary>
    public string LoginId { get; init; }

    /// <summary>Why the user was not created, as the server (or the transport) reported it; the user's secrets are redacted.</summary>
    public string Failure { get; init; }

    /// <summary>The user as the server reported it with the failure, when it did.</summary>
    public User? User { get; init; }

    /// <summary>
    /// The error that failed this user's whole request, when the request itself failed: a <see cref="DescopeApiException"/>
    /// (a <see cref="DescopeOutcomeUnknownException"/> when the request may have been carried out), or a transport error
    /// such as <see cref="System.Net.Http.HttpRequestException"/>.
    /// </summary>
    public System.Exception? Exception { get; init; }
}
