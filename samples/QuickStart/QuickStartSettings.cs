namespace QuickStart;

/// <summary>What the QuickStart may rely on in the project it runs against.</summary>
/// <param name="Roles">Roles that exist in the project: one at least; with two, setting roles is checked to replace.</param>
/// <param name="TenantId">A tenant that exists in the project; the tenant steps are skipped when null.</param>
/// <param name="OtherUser">A login ID of an existing user; when null, the script creates a test user for it.</param>
/// <param name="CustomAttribute">A custom attribute of type text defined in the project; its step is skipped when null.</param>
/// <param name="SsoAppId">An SSO application of the project, for the SSO-app steps.</param>
/// <param name="MayDeleteAllTestUsers">Whether deleting every test user of the project is harmless (the emulator).</param>
/// <param name="SignInAsync">Signs a test user in with a one-time code, as the app under test would; true when it worked.</param>
/// <param name="SeedAuthenticators">
/// Gives a new user passkeys, TOTP, recovery codes, a trusted device, a provider token and a login (the emulator's
/// store can); null against Descope, where a fresh test user has none of them.
/// </param>
/// <param name="ProviderTokenUser">A user who signed in through <paramref name="Provider"/>; the provider-token step is skipped when null and nothing was seeded.</param>
/// <param name="Provider">The social provider whose token is read.</param>
internal sealed record QuickStartSettings(
    IReadOnlyList<string> Roles,
    string? TenantId,
    string? OtherUser,
    Func<string, string, Task<bool>> SignInAsync,
    string? CustomAttribute = null,
    string SsoAppId = "descope-default-oidc",
    bool MayDeleteAllTestUsers = false,
    Action<string>? SeedAuthenticators = null,
    string? ProviderTokenUser = null,
    string Provider = "google")
{
    public string Role => Roles[0];

    /// <summary>Whether the script runs against the emulator, where every optional step can run.</summary>
    public bool Emulated => SeedAuthenticators is not null;
}
