namespace QuickStart;

/// <summary>What the QuickStart may rely on in the project it runs against.</summary>
/// <param name="Roles">Roles that exist in the project: one at least; with two, setting roles is checked to replace.</param>
/// <param name="TenantId">A tenant that exists in the project; the tenant steps are skipped when null.</param>
/// <param name="OtherUser">A login ID of an existing user; when null, the script creates a test user for it.</param>
/// <param name="CustomAttribute">A custom attribute of type text defined in the project; its step is skipped when null.</param>
/// <param name="SsoAppId">An SSO application of the project, for the SSO-app steps.</param>
/// <param name="MayDeleteAllTestUsers">Whether deleting every test user of the project is harmless (the emulator).</param>
internal sealed record QuickStartSettings(
    IReadOnlyList<string> Roles, string? TenantId, string? OtherUser, string? CustomAttribute = null, string SsoAppId = "descope-default-oidc",
    bool MayDeleteAllTestUsers = false)
{
    public string Role => Roles[0];
}
