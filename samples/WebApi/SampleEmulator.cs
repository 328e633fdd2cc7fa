using Descope.UserManagement;
using Descope.UserManagement.Testing;

namespace WebApi;

/// <summary>
/// Emulator mode (no Descope credentials set): an in-process Descope emulator with an admin and a non-admin, and
/// session tokens for both printed to the console so the API can be tried at once. The tokens are the emulator's,
/// valid only against this process; the sample never prints or logs tokens otherwise.
/// </summary>
internal static class SampleEmulator
{
    private const string Admin = "ada@example.com";
    private const string NonAdmin = "grace@example.com";
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    public static async Task<DescopeEmulator> StartAsync(string adminRole)
    {
        var emulator = await DescopeEmulator.StartAsync();
        emulator.Store.Seed(new User { LoginIds = [Admin], Email = Admin, VerifiedEmail = true, Name = "Ada Lovelace", RoleNames = [adminRole] });
        emulator.Store.Seed(NonAdmin, email: NonAdmin, name: "Grace Hopper");
        return emulator;
    }

    /// <summary>Prints both users' tokens and a ready <c>curl</c> line for the API at <paramref name="apiUrl"/>.</summary>
    public static void PrintTryIt(DescopeEmulator emulator, string apiUrl, string adminRole)
    {
        var adminToken = emulator.IssueSessionToken(Admin, TokenLifetime);
        var nonAdminToken = emulator.IssueSessionToken(NonAdmin, TokenLifetime);
        var api = ForCurl(apiUrl);
        Console.WriteLine($"""

            Emulator mode: no Descope credentials are set, so Descope is emulated in-process at {emulator.BaseUrl}.
            Session tokens signed by the emulator's key (valid {TokenLifetime.TotalHours:0} hours, for this run only):
              admin      {Admin}    role '{adminRole}'  {adminToken}
              non-admin  {NonAdmin}  no admin role (403)  {nonAdminToken}
            Try it:
              curl -H "Authorization: Bearer {adminToken}" {api}/users/{NonAdmin}

            """);
    }

    // A wildcard listen address (http://+:5000, http://[::]:5000) is reached as localhost.
    private static string ForCurl(string url)
    {
        foreach (var wildcard in new[] { "://+:", "://*:", "://0.0.0.0:", "://[::]:" })
        {
            url = url.Replace(wildcard, "://localhost:", StringComparison.Ordinal);
        }

        return url.TrimEnd('/');
    }
}
