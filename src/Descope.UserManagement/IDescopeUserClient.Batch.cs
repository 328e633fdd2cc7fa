using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Batches: every input comes back done or failed.
public partial interface IDescopeUserClient
{
    /// <summary>
    /// Patches many users (<c>PATCH /v1/mgmt/user/patch/batch</c>), sending
    /// <see cref="DescopeUserClientOptions.BatchSize"/> users per request.
    /// </summary>
    /// <remarks>
    /// A partial failure does not throw: every user sent comes back in <see cref="BatchPatchResult.PatchedUsers"/>
    /// or <see cref="BatchPatchResult.FailedUsers"/>. A request that fails as a whole (an error answer, a timeout, a
    /// broken connection) marks all of its users failed, with the exception attached, and the remaining requests are
    /// still sent.
    /// </remarks>
    /// <param name="users">The patches, each naming its user. Login IDs must be distinct.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Which users were patched and which failed, and why.</returns>
    Task<BatchPatchResult> PatchBatchAsync(IEnumerable<BatchUserPatch> users, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates many users (<c>POST /v1/mgmt/user/create/batch</c>), sending <see cref="DescopeUserClientOptions.BatchSize"/>
    /// users per request, with what an import carries: passwords or their hashes, TOTP seeds, statuses, creation times.
    /// </summary>
    /// <remarks>
    /// A partial failure does not throw: every user sent comes back in <see cref="BatchCreateResult.CreatedUsers"/> or
    /// <see cref="BatchCreateResult.FailedUsers"/> (a login ID already taken fails with Descope's reason). A request that
    /// fails as a whole marks all of its users failed, with the exception attached, and the remaining requests are still
    /// sent. A request is never sent twice once it may have reached Descope: its users then fail with a
    /// <see cref="DescopeOutcomeUnknownException"/> and may exist; load them before sending them again.
    /// </remarks>
    /// <param name="users">The new users, each naming its login ID. Login IDs must be distinct.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Which users were created and which failed, and why.</returns>
    Task<BatchCreateResult> CreateBatchAsync(IEnumerable<BatchUserCreate> users, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates many users and invites each of them (<c>POST /v1/mgmt/user/create/batch</c> with <c>invite: true</c>), as
    /// <see cref="CreateBatchAsync"/> does; an existing user's ID as a login ID invites that user again.
    /// </summary>
    /// <remarks>
    /// Every user comes back created or failed, as with <see cref="CreateBatchAsync"/>. A request that may have reached
    /// Descope is never sent twice, since that would send its invitations again.
    /// </remarks>
    /// <param name="users">The new users, each naming its login ID. Login IDs must be distinct.</param>
    /// <param name="options">How the invitations are sent, the same for every user; the project's settings decide what is left unset.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Which users were created (and invited) and which failed, and why.</returns>
    Task<BatchCreateResult> InviteBatchAsync(IEnumerable<BatchUserCreate> users, InviteOptions? options = null, CancellationToken cancellationToken = default);
}
