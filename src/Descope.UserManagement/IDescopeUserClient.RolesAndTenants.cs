using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Roles and tenants.
public partial interface IDescopeUserClient
{
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

    /// <summary>Makes the user a member of a tenant, with no roles there yet (<c>POST /v1/mgmt/user/update/tenant/add</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="tenantId">The tenant to join.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> AddTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the user from a tenant, with the roles held there (<c>POST /v1/mgmt/user/update/tenant/remove</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="tenantId">The tenant to leave.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> RemoveTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default);
}
