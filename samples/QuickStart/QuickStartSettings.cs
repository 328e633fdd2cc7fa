namespace QuickStart;

/// <summary>What the QuickStart may rely on in the project it runs against.</summary>
/// <param name="Role">A role that exists in the project.</param>
/// <param name="TenantId">A tenant that exists in the project; the tenant steps are skipped when null.</param>
/// <param name="OtherUser">A login ID of an existing user; when null, the script creates a test user for it.</param>
internal sealed record QuickStartSettings(string Role, string? TenantId, string? OtherUser);
