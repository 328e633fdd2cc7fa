using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Paths Descope serves that this SDK does not send but Descope's own SDKs do (docs/wire-contract.md §6.1), served so a
/// client in any language gets Descope's answer: the v1 add-roles path, which Descope's .NET SDK calls (unlike v2 it
/// never makes the user a member of a tenant: adding tenant roles to a non-member fails), and the deprecated
/// set-password path, which the <c>setPassword</c> call of Descope's Node, Go and Python SDKs sends (a temporary password
/// unless <c>setActive</c> is true).
/// </summary>
internal sealed class CompatibilitySemantics(DescopeUserStore store)
{
    /// <summary>Add roles on v1: an extra emulator route, not an SDK row (the SDK sends v2).</summary>
    internal static readonly DescopeOperation AddRolesV1 =
        new(DescopeOperations.AddRoles.Name, HttpMethod.Post, "/v1/mgmt/user/update/role/add", RetryClass.Repeatable);

    /// <summary>Set password, deprecated: an extra emulator route, not an SDK row (the SDK sends set temporary or set active).</summary>
    internal static readonly DescopeOperation SetPasswordDeprecated =
        new("SetPassword", HttpMethod.Post, "/v1/mgmt/user/password/set", RetryClass.Repeatable);

    public void Map(EmulatorRoutes routes)
    {
        routes.Map(SetPasswordDeprecated, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var loginId = reader.RequiredString("loginId");
            var password = reader.RequiredString("password");
            var state = reader.Bool("setActive") == true ? UserPasswordState.Active : UserPasswordState.Temporary;
            store.Change(row.Name, loginId, user =>
            {
                store.Accounts.SetPassword(user.UserId!, password, state);
                return user with { Password = true };
            });
            return EmulatorAnswer.Empty();
        });
        routes.MapUser(AddRolesV1, (request, loginId) =>
        {
            var operation = AddRolesV1.Name;
            var roles = request.Strings("roleNames") is { Count: > 0 } given ? given : throw EmulatedErrors.MissingArgument(operation, "roleNames");
            var tenantId = request.String("tenantId");
            return store.Change(operation, loginId, user =>
            {
                if (tenantId is null)
                {
                    return user with { RoleNames = (user.RoleNames ?? []).Union(roles, StringComparer.Ordinal).ToArray() };
                }

                if (!(user.UserTenants ?? []).Any(t => t.TenantId == tenantId))
                {
                    throw EmulatedErrors.Invalid(operation, $"The user is not a member of tenant '{tenantId}'; add the tenant first (the v2 path adds it).");
                }

                return user with
                {
                    UserTenants = user.UserTenants!
                        .Select(t => t.TenantId == tenantId ? t with { RoleNames = (t.RoleNames ?? []).Union(roles, StringComparer.Ordinal).ToArray() } : t)
                        .ToArray(),
                };
            });
        });
    }
}
