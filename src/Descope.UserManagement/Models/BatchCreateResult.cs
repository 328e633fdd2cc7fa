using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// The outcome of <see cref="IDescopeUserClient.CreateBatchAsync"/> and <see cref="IDescopeUserClient.InviteBatchAsync"/>.
/// Every user the caller sent is accounted for: created (in <see cref="CreatedUsers"/>) or in <see cref="FailedUsers"/>.
/// </summary>
public sealed record BatchCreateResult
{
    /// <summary>Creates a batch result.</summary>
    /// <param name="createdUsers">Users the server created (or re-invited).</param>
    /// <param name="failedUsers">Users that were not created, each with the login ID the caller sent.</param>
    /// <param name="additionalErrors">Errors the server reported outside the per-user results, as it sent them.</param>
    public BatchCreateResult(
        IReadOnlyList<User> createdUsers,
        IReadOnlyList<BatchCreateFailure> failedUsers,
        IReadOnlyDictionary<string, string> additionalErrors)
    {
        CreatedUsers = createdUsers;
        FailedUsers = failedUsers;
        AdditionalErrors = additionalErrors;
    }

    /// <summary>Users the server created, as it returned them.</summary>
    public IReadOnlyList<User> CreatedUsers { get; init; }

    /// <summary>
    /// Users that were not created: those the server reported as failed (a login ID already taken, say), those named in
    /// its additional errors, those in a request that failed as a whole, and any the server did not mention.
    /// </summary>
    /// <remarks>
    /// A failure whose <see cref="BatchCreateFailure.Exception"/> is a <see cref="DescopeOutcomeUnknownException"/>
    /// belongs to a request that may have been carried out: those users may exist. Load them before sending them again.
    /// </remarks>
    public IReadOnlyList<BatchCreateFailure> FailedUsers { get; init; }

    /// <summary>Errors the server reported outside the per-user results (<c>additionalErrors</c>).</summary>
    public IReadOnlyDictionary<string, string> AdditionalErrors { get; init; }

    /// <summary><see langword="true"/> when every user in the batch was created.</summary>
    public bool AllSucceeded => FailedUsers.Count == 0;
}
