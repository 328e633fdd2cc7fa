using System.Text.Json;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// How a user's fields are written: in full (update and create clear whatever the request leaves out) or as a patch
/// (only what the request sets changes). Shared by the profile, batch and lifecycle semantics. Custom attribute keys
/// must be defined once the project defines any (<see cref="DescopeUserStore.CustomAttributeDefinitions"/>).
/// </summary>
internal static class UserDetailsRules
{
    /// <summary>A full write: whatever <paramref name="details"/> leaves out is cleared, as Descope's update does.</summary>
    public static User ApplyAll(DescopeUserStore store, User user, UserDetails details) => user with
    {
        Email = details.Email ?? "",
        Phone = details.Phone ?? "",
        Name = details.Name ?? "",
        GivenName = details.GivenName ?? "",
        MiddleName = details.MiddleName ?? "",
        FamilyName = details.FamilyName ?? "",
        VerifiedEmail = details.VerifiedEmail ?? false,
        VerifiedPhone = details.VerifiedPhone ?? false,
        RoleNames = details.RoleNames?.ToArray() ?? [],
        UserTenants = Tenants(store, details.UserTenants ?? []),
        CustomAttributes = MergeAttributes(null, Defined(store, details.CustomAttributes)),
        Picture = details.Picture ?? "",
        SsoAppIds = details.SsoAppIds?.ToArray() ?? [],
    };

    /// <summary>Patches the user: a field the patch leaves unset keeps its value; additional login IDs must be free.</summary>
    public static User Patch(DescopeUserStore store, string operation, string loginId, UserPatch patch) =>
        store.Change(operation, loginId, user =>
        {
            EnsureFree(store, operation, user, patch.AdditionalIdentifiers);
            return user with
            {
                Email = patch.Email ?? user.Email,
                Phone = patch.Phone ?? user.Phone,
                Name = patch.Name ?? user.Name,
                GivenName = patch.GivenName ?? user.GivenName,
                MiddleName = patch.MiddleName ?? user.MiddleName,
                FamilyName = patch.FamilyName ?? user.FamilyName,
                VerifiedEmail = patch.VerifiedEmail ?? user.VerifiedEmail,
                VerifiedPhone = patch.VerifiedPhone ?? user.VerifiedPhone,
                RoleNames = patch.RoleNames?.ToArray() ?? user.RoleNames,
                UserTenants = patch.UserTenants is null ? user.UserTenants : Tenants(store, patch.UserTenants),
                CustomAttributes = patch.CustomAttributes is null ? user.CustomAttributes : MergeAttributes(user.CustomAttributes, Defined(store, patch.CustomAttributes)),
                Picture = patch.Picture ?? user.Picture,
                SsoAppIds = patch.SsoAppIds?.ToArray() ?? user.SsoAppIds,
                Status = patch.Status ?? user.Status,
                LoginIds = MergeLoginIds(user.LoginIds, patch.AdditionalIdentifiers),
            };
        });

    /// <summary>Fails with "already exists" when any of <paramref name="loginIds"/> is another user's.</summary>
    public static void EnsureFree(DescopeUserStore store, string operation, User user, IReadOnlyList<string>? loginIds)
    {
        foreach (var loginId in loginIds ?? [])
        {
            store.EnsureNotAnotherUsers(operation, user, loginId);
        }
    }

    public static string[] MergeLoginIds(IReadOnlyList<string>? current, IReadOnlyList<string>? additional) =>
        (current ?? []).Concat(additional ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static UserTenant[] Tenants(DescopeUserStore store, IReadOnlyList<TenantRoles> tenants) =>
        tenants.Select(t => store.Tenant(t.TenantId, t.RoleNames)).ToArray();

    // Once the project defines any custom attribute, a key it does not define fails with Descope's validation error.
    private static IReadOnlyDictionary<string, object?>? Defined(DescopeUserStore store, IReadOnlyDictionary<string, object?>? attributes)
    {
        store.EnsureCustomAttributesDefined("CustomAttributes", attributes?.Keys);
        return attributes;
    }

    private static Dictionary<string, JsonElement> MergeAttributes(IReadOnlyDictionary<string, JsonElement>? current, IReadOnlyDictionary<string, object?>? changes)
    {
        var merged = current is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : new Dictionary<string, JsonElement>(current, StringComparer.Ordinal);
        foreach (var change in changes ?? new Dictionary<string, object?>())
        {
            merged[change.Key] = AttributeJson.ToElement(change.Value);
        }

        return merged;
    }
}
