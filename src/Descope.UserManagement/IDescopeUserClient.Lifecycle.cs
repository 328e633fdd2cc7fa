using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Lifecycle: load, create, invite, delete and sign out.
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
    /// <remarks>
    /// Not sent twice: after a 5xx, a timeout or a broken connection the user may exist, and the call fails with
    /// <see cref="DescopeOutcomeUnknownException"/>. Load the user to find out.
    /// </remarks>
    /// <param name="loginId">The new user's login ID, which must be free.</param>
    /// <param name="user">The new user's fields and invitation settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created user.</returns>
    /// <exception cref="DescopeOutcomeUnknownException">The request may have been carried out, but no answer said so.</exception>
    Task<User> CreateAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a user and sends them an invitation (<c>POST /v1/mgmt/user/create</c> with <c>invite: true</c>), by email
    /// or text message to the user's email or phone (or to the login ID when it is one). The user starts as
    /// <see cref="UserStatus.Invited"/>. With a Descope user ID as <paramref name="loginId"/>, no user is created: that
    /// existing user is invited again.
    /// </summary>
    /// <remarks>
    /// Not sent twice: after a 5xx, a timeout or a broken connection the invitation may have gone out, and the call fails
    /// with <see cref="DescopeOutcomeUnknownException"/> rather than risk a second one. Load the user to find out.
    /// </remarks>
    /// <param name="loginId">The new user's login ID (which must be free), or an existing user's ID to invite again.</param>
    /// <param name="user">The new user's fields. Its own invitation fields apply where <paramref name="options"/> leaves them unset; <see cref="UserCreate.Invite"/> must not be <see langword="false"/>.</param>
    /// <param name="options">How the invitation is sent; the project's settings decide what is left unset.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invited user.</returns>
    /// <exception cref="DescopeOutcomeUnknownException">The request may have been carried out, but no answer said so.</exception>
    Task<User> InviteAsync(string loginId, UserCreate user, InviteOptions? options = null, CancellationToken cancellationToken = default);

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

    /// <summary>
    /// Deletes a user for good by Descope user ID (<c>POST /v1/mgmt/user/delete</c> with <c>userId</c>). Deleting a
    /// user that does not exist succeeds.
    /// </summary>
    /// <param name="userId">The user's Descope user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is deleted.</returns>
    Task DeleteByUserIdAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes many users for good in one request (<c>POST /v1/mgmt/user/delete/batch</c>).</summary>
    /// <param name="userIds">The users' Descope user IDs (login IDs are not accepted here); at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the users are deleted.</returns>
    Task DeleteBatchAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every test user of the project (<c>DELETE /v1/mgmt/user/test/delete/all</c>); other users are not
    /// touched.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the test users are deleted.</returns>
    Task DeleteAllTestUsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Signs a user out of their sessions (<c>POST /v1/mgmt/user/logout</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="sessionTypes">
    /// End only the sessions marked with these types (<c>sessionTypes</c>); <see langword="null"/> ends every session of
    /// the user. When given, at least one.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the sessions are revoked.</returns>
    Task LogoutAsync(string loginId, IEnumerable<string>? sessionTypes = null, CancellationToken cancellationToken = default);

    /// <summary>Signs a user out of their sessions by Descope user ID (<c>POST /v1/mgmt/user/logout</c> with <c>userId</c>).</summary>
    /// <param name="userId">The user's Descope user ID.</param>
    /// <param name="sessionTypes">
    /// End only the sessions marked with these types; <see langword="null"/> ends every session of the user. When
    /// given, at least one.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the sessions are revoked.</returns>
    Task LogoutByUserIdAsync(string userId, IEnumerable<string>? sessionTypes = null, CancellationToken cancellationToken = default);
}
