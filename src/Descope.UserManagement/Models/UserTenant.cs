using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Descope.UserManagement;

/// <summary>A tenant the user belongs to, as the server reports it, with the user's roles and permissions there.</summary>
public sealed record UserTenant
{
    /// <summary>The tenant's ID.</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; init; }

    /// <summary>The tenant's display name.</summary>
    [JsonPropertyName("tenantName")]
    public string? TenantName { get; init; }

    /// <summary>The user's roles in this tenant.</summary>
    [JsonPropertyName("roleNames")]
    public IReadOnlyList<string>? RoleNames { get; init; }

    /// <summary>The permissions those roles grant in this tenant.</summary>
    [JsonPropertyName("permissions")]
    public IReadOnlyList<string>? Permissions { get; init; }
}
