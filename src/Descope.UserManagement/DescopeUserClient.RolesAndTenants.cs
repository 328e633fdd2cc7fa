using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

// Roles and tenants.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual Task<User> AddRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        SendRolesAsync(DescopeOperations.AddRoles, loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> RemoveRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        SendRolesAsync(DescopeOperations.RemoveRoles, loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> SetRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        SendRolesAsync(DescopeOperations.SetRoles, loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> AddTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default) =>
        SendTenantAsync(DescopeOperations.AddTenant, loginId, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> RemoveTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default) =>
        SendTenantAsync(DescopeOperations.RemoveTenant, loginId, tenantId, cancellationToken);

    private Task<User> SendRolesAsync(DescopeOperation<RolesRequest, UserResponse> row, string loginId, IEnumerable<string> roleNames, string? tenantId, CancellationToken cancellationToken)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var roles = Argument.RoleNames(roleNames, nameof(roleNames));
        Argument.NullOrNotWhiteSpace(tenantId, nameof(tenantId));
        return _sender.SendForUserAsync(row, new RolesRequest { LoginId = loginId, RoleNames = roles, TenantId = tenantId }, cancellationToken);
    }

    private Task<User> SendTenantAsync(DescopeOperation<TenantRequest, UserResponse> row, string loginId, string tenantId, CancellationToken cancellationToken)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrWhiteSpace(tenantId, nameof(tenantId));
        return _sender.SendForUserAsync(row, new TenantRequest { LoginId = loginId, TenantId = tenantId }, cancellationToken);
    }
}
