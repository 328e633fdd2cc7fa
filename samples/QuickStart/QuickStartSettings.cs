namespace QuickStart;

/// <summary>What the QuickStart may rely on in the project it runs against.</summary>
/// <param name="Roles">Roles that exist in the project: one at least; with two, setting roles is checked to replace.</param>
/// <param name="TenantId">A tenant that exists in the project; the tenant steps are skipped when null.</param>
/// <param name="OtherUser">A login ID of an existing user; when null, the script creates a test user for it.</param>
internal sealed record QuickStartSettings(IReadOnlyList<string> Roles, string? TenantId, string? OtherUser)
{
    public string Role => Roles[0];
}
