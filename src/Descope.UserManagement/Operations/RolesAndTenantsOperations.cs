using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Roles and tenants (docs/wire-contract.md §3). Adding roles is the v2 path: it also makes the user a member
// of the tenant; removing and setting are v1.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<RolesRequest, UserResponse> AddRoles =
        UserRow("AddRoles", Post, "/v2/mgmt/user/update/role/add", RolesAndTenantsJsonContext.Default.RolesRequest);

    public static readonly DescopeOperation<RolesRequest, UserResponse> RemoveRoles =
        UserRow("RemoveRoles", Post, "/v1/mgmt/user/update/role/remove", RolesAndTenantsJsonContext.Default.RolesRequest);

    public static readonly DescopeOperation<RolesRequest, UserResponse> SetRoles =
        UserRow("SetRoles", Post, "/v1/mgmt/user/update/role/set", RolesAndTenantsJsonContext.Default.RolesRequest);

    public static readonly DescopeOperation<TenantRequest, UserResponse> AddTenant =
        UserRow("AddTenant", Post, "/v1/mgmt/user/update/tenant/add", RolesAndTenantsJsonContext.Default.TenantRequest);

    public static readonly DescopeOperation<TenantRequest, UserResponse> RemoveTenant =
        UserRow("RemoveTenant", Post, "/v1/mgmt/user/update/tenant/remove", RolesAndTenantsJsonContext.Default.TenantRequest);
}

/// <summary>Body of add, remove and set roles.</summary>
internal sealed class RolesRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("roleNames")] public IReadOnlyList<string> RoleNames { get; set; } = [];
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
}

/// <summary>Body of add tenant and remove tenant.</summary>
internal sealed class TenantRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("tenantId")] public string TenantId { get; set; } = "";
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RolesRequest))]
[JsonSerializable(typeof(TenantRequest))]
internal sealed partial class RolesAndTenantsJsonContext : JsonSerializerContext
{
}
