using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

/// <summary>
/// Descope's user-management operations. Every method checks its arguments before any network call
/// (throwing <see cref="System.ArgumentException"/> naming the parameter) and reports a failed call as
/// <see cref="DescopeApiException"/> (or its subclasses <see cref="DescopeRateLimitException"/> and
/// <see cref="DescopeNotFoundException"/>).
/// </summary>
/// <remarks>
/// Wherever a method takes a <c>loginId</c>, a Descope user ID is accepted too.
/// Mock this interface in your tests, or use the in-memory fakes shipped for that purpose.
/// </remarks>
public interface IDescopeUserClient
{
    /// <summary>
    /// Overwrites the whole user with <paramref name="user"/> (<c>POST /v1/mgmt/user/update</c>).
    /// <b>Every field not set in <paramref name="user"/> is removed</b>, including roles, tenants and custom
    /// attributes. To change only some fields, use <see cref="PatchAsync"/>.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="user">The user's complete new state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user as stored after the update.</returns>
    Task<User> UpdateAsync(string loginId, UserUpdate user, CancellationToken cancellationToken = default);

    /// <summary>Sets the user's status (<c>POST /v1/mgmt/user/update/status</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="status"><see cref="UserStatus.Enabled"/>, <see cref="UserStatus.Disabled"/> or <see cref="UserStatus.Invited"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateStatusAsync(string loginId, UserStatus status, CancellationToken cancellationToken = default);

    /// <summary>Sets or removes the user's email (<c>POST /v1/mgmt/user/update/email</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="email">The new email; <see langword="null"/> or empty removes it (sent as an empty string).</param>
    /// <param name="verified">Whether the email is verified; only a verified email can be used to log in.</param>
    /// <param name="failOnConflict">Fail if the email is already another user's login ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateEmailAsync(string loginId, string? email, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default);

    /// <summary>Sets or removes the user's phone (<c>POST /v1/mgmt/user/update/phone</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="phone">The new phone in E.164 form; <see langword="null"/> or empty removes it (sent as an empty string).</param>
    /// <param name="verified">Whether the phone is verified; only a verified phone can be used to log in.</param>
    /// <param name="failOnConflict">Fail if the phone is already another user's login ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdatePhoneAsync(string loginId, string? phone, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the parts of the user's name that are set in <paramref name="name"/>
    /// (<c>POST /v1/mgmt/user/update/name</c>); an empty string removes that part.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="name">The name parts to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateDisplayNameAsync(string loginId, DisplayName name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces login ID <paramref name="loginId"/> with <paramref name="newLoginId"/>, or removes it when
    /// <paramref name="newLoginId"/> is <see langword="null"/> or empty (<c>POST /v1/mgmt/user/update/loginid</c>).
    /// A user's last login ID cannot be removed.
    /// </summary>
    /// <param name="loginId">The login ID to change.</param>
    /// <param name="newLoginId">The new login ID; <see langword="null"/> or empty removes <paramref name="loginId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateLoginIdAsync(string loginId, string? newLoginId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes only the fields set in <paramref name="patch"/> and keeps the rest (<c>PATCH /v1/mgmt/user/patch</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="patch">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The patched user.</returns>
    Task<User> PatchAsync(string loginId, UserPatch patch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Patches many users (<c>PATCH /v1/mgmt/user/patch/batch</c>), sending
    /// <see cref="DescopeUserClientOptions.BatchSize"/> users per request.
    /// </summary>
    /// <remarks>
    /// A partial failure does not throw: every user sent comes back in <see cref="BatchPatchResult.PatchedUsers"/>
    /// or <see cref="BatchPatchResult.FailedUsers"/>. A request that fails as a whole marks all of its users failed,
    /// with the <see cref="DescopeApiException"/> attached, and the remaining requests are still sent.
    /// </remarks>
    /// <param name="users">The patches, each naming its user. Login IDs must be distinct.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Which users were patched and which failed, and why.</returns>
    Task<BatchPatchResult> PatchBatchAsync(IEnumerable<BatchUserPatch> users, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds roles to the user, project-wide or in one tenant (<c>POST /v2/mgmt/user/update/role/add</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="roleNames">The roles to add; at least one.</param>
    /// <param name="tenantId">The tenant to add them in; <see langword="null"/> for project-level roles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> AddRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes roles from the user, project-wide or in one tenant (<c>POST /v1/mgmt/user/update/role/remove</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="roleNames">The roles to remove; at least one.</param>
    /// <param name="tenantId">The tenant to remove them in; <see langword="null"/> for project-level roles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> RemoveRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the user's roles at one level, project-wide or in one tenant
    /// (<c>POST /v1/mgmt/user/update/role/set</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="roleNames">The user's roles at that level from now on; at least one.</param>
    /// <param name="tenantId">The tenant to set them in; <see langword="null"/> for project-level roles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> SetRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the user from a tenant, with the roles held there (<c>POST /v1/mgmt/user/update/tenant/remove</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="tenantId">The tenant to leave.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> RemoveTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default);

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

    /// <summary>Makes the user a member of a tenant, with no roles there yet (<c>POST /v1/mgmt/user/update/tenant/add</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="tenantId">The tenant to join.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> AddTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default);
}
