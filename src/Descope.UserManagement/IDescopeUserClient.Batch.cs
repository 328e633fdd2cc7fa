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
}
