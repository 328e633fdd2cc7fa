using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// A tenant membership to write: the tenant and the roles the user holds there
/// (the <c>userTenants</c> items of update and patch requests).
/// </summary>
public sealed record TenantRoles
{
    /// <summary>Creates a membership of <paramref name="tenantId"/> with the given roles (none if omitted).</summary>
    /// <param name="tenantId">The tenant's ID. Must not be empty.</param>
    /// <param name="roleNames">The user's roles in the tenant.</param>
    public TenantRoles(string tenantId, IReadOnlyList<string>? roleNames = null)
    {
        TenantId = tenantId;
        RoleNames = roleNames ?? Array.Empty<string>();
    }

    /// <summary>The tenant's ID.</summary>
    [JsonPropertyName("tenantId")]
    public string TenantId { get; init; }

    /// <summary>The user's roles in the tenant.</summary>
    [JsonPropertyName("roleNames")]
    public IReadOnlyList<string> RoleNames { get; init; }
}
