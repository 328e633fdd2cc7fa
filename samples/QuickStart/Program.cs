// QuickStart: every user-management operation, one line each, checked as it goes.
//
//   dotnet run --project samples/QuickStart
//       runs against an emulator started in this process: no account, no network.
//   DESCOPE_PROJECT_ID=... DESCOPE_MANAGEMENT_KEY=... dotnet run --project samples/QuickStart
//       runs against your Descope project: creates test users, changes them, deletes them.
//       Optional: DESCOPE_BASE_URL (custom domain), DESCOPE_QUICKSTART_ROLES (comma-separated roles that exist in
//       the project, default "Tenant Admin"; give two to check that setting roles replaces them),
//       DESCOPE_QUICKSTART_TENANT (a tenant ID; the tenant steps are skipped without it),
//       DESCOPE_QUICKSTART_ATTRIBUTE (a text custom attribute; its step is skipped without it),
//       DESCOPE_QUICKSTART_SSO_APP (an SSO app ID, default "descope-default-oidc"),
//       It invites and imports users too (with invitations turned off, so nobody is mailed) and deletes them again;
//       it never deletes every test user of a real project.
//       DESCOPE_QUICKSTART_PROVIDER_USER and DESCOPE_QUICKSTART_PROVIDER (a user who signed in through a social
//       provider, default provider "google"; the provider-token step is skipped without them).
//       A generated test-user code is checked by signing in with it through Descope's OTP verify endpoint.
//
// Exit code 0 only when every step did what it should.
using Descope.UserManagement;
using Descope.UserManagement.Testing;
using QuickStart;

var projectId = Environment.GetEnvironmentVariable("DESCOPE_PROJECT_ID");
var managementKey = Environment.GetEnvironmentVariable("DESCOPE_MANAGEMENT_KEY");
var useDescope = !string.IsNullOrWhiteSpace(projectId) && !string.IsNullOrWhiteSpace(managementKey);
if (!useDescope && (!string.IsNullOrWhiteSpace(projectId) || !string.IsNullOrWhiteSpace(managementKey)))
{
    Console.Error.WriteLine("Set both DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY to run against Descope, or neither to use the emulator.");
    return 2;
}

DescopeEmulator? emulator = null;
DescopeUserClient client;
QuickStartSettings settings;
if (useDescope)
{
    var baseUrl = Environment.GetEnvironmentVariable("DESCOPE_BASE_URL") ?? Environment.GetEnvironmentVariable("DESCOPE_BASE_URI");
    client = string.IsNullOrWhiteSpace(baseUrl)
        ? new DescopeUserClient(projectId!, managementKey!)
        : new DescopeUserClient(new DescopeUserClientOptions { ProjectId = projectId, ManagementKey = managementKey, BaseUrl = new Uri(baseUrl) });
    var roles = (Environment.GetEnvironmentVariable("DESCOPE_QUICKSTART_ROLES") ?? "Tenant Admin")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    // The API host follows from the project ID as the SDK finds it (docs/wire-contract.md §1.1) unless a base URL is set.
    var apiHost = !string.IsNullOrWhiteSpace(baseUrl) ? new Uri(baseUrl)
        : projectId!.Length >= 32 ? new Uri($"https://api.{projectId[1..5]}.descope.com") : new Uri("https://api.descope.com");
    settings = new QuickStartSettings(
        Roles: roles.Length > 0 ? roles : ["Tenant Admin"],
        TenantId: Environment.GetEnvironmentVariable("DESCOPE_QUICKSTART_TENANT"),
        OtherUser: null,
        CustomAttribute: Environment.GetEnvironmentVariable("DESCOPE_QUICKSTART_ATTRIBUTE"),
        SsoAppId: Environment.GetEnvironmentVariable("DESCOPE_QUICKSTART_SSO_APP") ?? "descope-default-oidc",
        SignInAsync: DescopeOtpSignIn.For(apiHost, projectId!),
        ProviderTokenUser: Environment.GetEnvironmentVariable("DESCOPE_QUICKSTART_PROVIDER_USER"),
        Provider: Environment.GetEnvironmentVariable("DESCOPE_QUICKSTART_PROVIDER") ?? "google");
    Console.WriteLine($"Running against Descope project {projectId}.");
}
else
{
    emulator = await DescopeEmulator.StartAsync();
    emulator.Store.SeedTenant("acme", "Acme Corp");
    var colleague = emulator.Store.Seed("grace@example.com", email: "grace@example.com", name: "Grace Hopper");
    client = emulator.CreateClient();
    var store = emulator.Store;
    settings = new QuickStartSettings(
        Roles: ["Tenant Admin", "Support"],
        TenantId: "acme",
        OtherUser: colleague.LoginIds![0],
        CustomAttribute: "department",
        MayDeleteAllTestUsers: true,
        SignInAsync: (loginId, code) => Task.FromResult(store.LastOtpCode(loginId) == code),
        SeedAuthenticators: loginId =>
        {
            store.SeedPasskey(loginId, new Passkey { DisplayName = "Laptop" });
            store.SeedPasskey(loginId, new Passkey { DisplayName = "Phone" });
            store.SeedTotp(loginId);
            store.SeedRecoveryCodes(loginId);
            store.SeedTrustedDevice(loginId, new TrustedDevice { Name = "Laptop", DeviceType = "desktop" });
            store.SeedProviderToken(loginId, new ProviderToken { Provider = "google", Scopes = ["email"] });
            store.SeedLogin(loginId, new LoginHistoryEntry { City = "London", Country = "GB" });
        });
    Console.WriteLine($"No DESCOPE_PROJECT_ID / DESCOPE_MANAGEMENT_KEY set: running against the emulator at {emulator.BaseUrl}.");
}

try
{
    var script = new QuickStartScript(client, settings, Console.Out);
    var succeeded = await script.RunAsync();
    Console.WriteLine(succeeded ? "All steps succeeded." : "Some steps failed.");
    return succeeded ? 0 : 1;
}
finally
{
    client.Dispose();
    if (emulator is not null)
    {
        await emulator.DisposeAsync();
    }
}
