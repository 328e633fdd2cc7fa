namespace Descope.UserManagement;

/// <summary>One user of a batch patch that was not patched.</summary>
public sealed record BatchPatchFailure
{
    /// <summary>Creates a failure record.</summary>
    /// <param name="loginId">The login ID the caller sent for this user.</param>
    /// <param name="failure">Why the user was not patched.</param>
    public BatchPatchFailure(string loginId, string failure)
    {
        LoginId = loginId;
        Failure = failure;
    }

    /// <summary>The login ID the caller sent for this user in its <see cref="BatchUserPatch"/>.</summary>
    public string LoginId { get; init; }

    /// <summary>Why the user was not patched, as the server (or the transport) reported it.</summary>
    public string Failure { get; init; }

    /// <summary>The user as the server reported it with the failure, when it did.</summary>
    public User? User { get; init; }

    /// <summary>
    /// The error that failed this user's whole request, when the request itself failed: a
    /// <see cref="DescopeApiException"/>, or a transport error such as <see cref="System.Net.Http.HttpRequestException"/>.
    /// </summary>
    public System.Exception? Exception { get; init; }
}
