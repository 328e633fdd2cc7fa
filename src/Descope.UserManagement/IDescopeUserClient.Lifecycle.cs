using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Lifecycle: load, create and delete.
public partial interface IDescopeUserClient
{
    /// <summary>Loads a user by login ID (<c>GET /v1/mgmt/user?loginId=…</c>).</summary>
    /// <param name="loginId">The user's login ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="DescopeNotFoundException">No user has this login ID.</exception>
    Task<User> LoadAsync(string loginId, CancellationToken cancellationToken = default);

    /// <summary>Loads a user by Descope user ID (<c>GET /v1/mgmt/user?userId=…</c>).</summary>
    /// <param name="userId">The user's Descope user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    /// <exception cref="DescopeNotFoundException">No user has this user ID.</exception>
    Task<User> LoadByUserIdAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Creates a user (<c>POST /v1/mgmt/user/create</c>).</summary>
    /// <param name="loginId">The new user's login ID, which must be free.</param>
    /// <param name="user">The new user's fields and invitation settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created user.</returns>
    Task<User> CreateAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a test user (<c>POST /v1/mgmt/user/create/test</c>), which Descope keeps apart from real users and can
    /// delete in bulk.
    /// </summary>
    /// <param name="loginId">The new user's login ID, which must be free.</param>
    /// <param name="user">The new user's fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created test user.</returns>
    Task<User> CreateTestUserAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user for good (<c>POST /v1/mgmt/user/delete</c>). Deleting a user that does not exist succeeds.</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is deleted.</returns>
    Task DeleteAsync(string loginId, CancellationToken cancellationToken = default);
}
