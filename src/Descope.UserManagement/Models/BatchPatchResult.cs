using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// The outcome of <see cref="IDescopeUserClient.PatchBatchAsync"/>. Every user the caller sent is in exactly one of
/// <see cref="PatchedUsers"/> or <see cref="FailedUsers"/>.
/// </summary>
public sealed record BatchPatchResult
{
    /// <summary>Creates a batch result.</summary>
    /// <param name="patchedUsers">Users the server patched.</param>
    /// <param name="failedUsers">Users that were not patched, each with the login ID the caller sent.</param>
    /// <param name="additionalErrors">Errors the server reported outside the per-user results, as it sent them.</param>
    public BatchPatchResult(
        IReadOnlyList<User> patchedUsers,
        IReadOnlyList<BatchPatchFailure> failedUsers,
        IReadOnlyDictionary<string, string> additionalErrors)
    {
        PatchedUsers = patchedUsers;
        FailedUsers = failedUsers;
        AdditionalErrors = additionalErrors;
    }

    /// <summary>Users the server patched, as it returned them.</summary>
    public IReadOnlyList<User> PatchedUsers { get; init; }

    /// <summary>
    /// Users that were not patched: those the server reported as failed, those named in its additional errors,
    /// those in a request that failed as a whole, and any the server did not mention at all.
    /// </summary>
    public IReadOnlyList<BatchPatchFailure> FailedUsers { get; init; }

    /// <summary>Errors the server reported outside the per-user results (<c>additionalErrors</c>).</summary>
    public IReadOnlyDictionary<string, string> AdditionalErrors { get; init; }

    /// <summary><see langword="true"/> when every user in the batch was patched.</summary>
    public bool AllSucceeded => FailedUsers.Count == 0;
}
