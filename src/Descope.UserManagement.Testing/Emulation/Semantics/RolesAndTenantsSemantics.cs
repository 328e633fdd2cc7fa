using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Roles and tenants, as Descope applies them: adding or setting tenant roles makes the user a member unless
/// <see cref="DescopeUserStore.RolesRequireTenantMembership"/> is set; removing what the user lacks is a no-op.
/// </summary>
internal sealed class RolesAndTenantsSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        MapRoles(routes, DescopeOperations.AddRoles, joinTenant: true, (current, roles) => current.Union(roles, StringComparer.Ordinal));
        MapRoles(routes, DescopeOperations.RemoveRoles, joinTenant: false, (current, roles) => current.Except(roles, StringComparer.Ordinal));
        MapRoles(routes, DescopeOperations.SetRoles, joinTenant: true, (_, roles) => roles.Distinct(StringComparer.Ordinal));
        routes.MapUser(DescopeOperations.AddTenant, (request, loginId) =>
        {
            var tenantId = request.RequiredString("tenantId");
            return store.Change(DescopeOperations.AddTenant.Name, loginId, user => HasTenant(user, tenantId)
                ? user
                : user with { UserTenants = [.. user.UserTenants ?? [], store.Tenant(tenantId, [])] });
        });
        routes.MapUser(DescopeOperations.RemoveTenant, (request, loginId) =>
        {
            var tenantId = request.RequiredString("tenantId");
            return store.Change(DescopeOperations.RemoveTenant.Name, loginId, user => user with
            {
                UserTenants = (user.UserTenants ?? []).Where(t => t.TenantId != tenantId).ToArray(),
            });
        });
    }

    private static bool HasTenant(User user, string tenantId) => (user.UserTenants ?? []).Any(t => t.TenantId == tenantId);

    private void MapRoles(EmulatorRoutes routes, DescopeOperation row, bool joinTenant, Func<IEnumerable<string>, IReadOnlyList<string>, IEnumerable<string>> change) =>
        routes.MapUser(row, (request, loginId) =>
        {
            var roles = request.Strings("roleNames") is { Count: > 0 } given ? given : throw EmulatedErrors.MissingArgument(row.Name, "roleNames");
            return ChangeRoles(row.Name, loginId, request.String("tenantId"), joinTenant, current => change(current, roles));
        });

    private User ChangeRoles(string operation, string loginId, string? tenantId, bool joinTenant, Func<IEnumerable<string>, IEnumerable<string>> change) =>
        store.Change(operation, loginId, user =>
        {
            if (tenantId is null)
            {
                return user with { RoleNames = change(user.RoleNames ?? []).ToArray() };
            }

            if (!HasTenant(user, tenantId))
            {
                if (!joinTenant)
                {
                    return user;
                }

                if (store.RolesRequireTenantMembership)
                {
                    throw EmulatedErrors.Invalid(operation, $"The user is not a member of tenant '{tenantId}'.");
                }

                user = user with { UserTenants = [.. user.UserTenants ?? [], store.Tenant(tenantId, [])] };
            }

            return user with
            {
                UserTenants = user.UserTenants!
                    .Select(t => t.TenantId == tenantId ? t with { RoleNames = change(t.RoleNames ?? []).ToArray() } : t)
                    .ToArray(),
            };
        });
}
