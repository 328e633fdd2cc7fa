// QuickStart: change one user's profile, roles and status in a real Descope project.
//
//   DESCOPE_PROJECT_ID=... DESCOPE_MANAGEMENT_KEY=... dotnet run --project samples/QuickStart -- someone@example.com
//
// The code between the "README" markers is the example shown in README.md.
using Descope.UserManagement;

var projectId = Environment.GetEnvironmentVariable("DESCOPE_PROJECT_ID");
var managementKey = Environment.GetEnvironmentVariable("DESCOPE_MANAGEMENT_KEY");
if (string.IsNullOrWhiteSpace(projectId) || string.IsNullOrWhiteSpace(managementKey) || args.Length != 1)
{
    Console.Error.WriteLine("Usage: set DESCOPE_PROJECT_ID and DESCOPE_MANAGEMENT_KEY, then pass the login ID of an existing test user.");
    return 2;
}

var loginId = args[0];
try
{
    // README: begin
    using var client = new DescopeUserClient(projectId, managementKey);

    // Patch changes only the fields you set; everything else on the user stays as it is.
    var user = await client.PatchAsync(loginId, new UserPatch { GivenName = "Ada", FamilyName = "Lovelace" });
    Console.WriteLine($"{user.Name} now has given name {user.GivenName}");

    user = await client.AddRolesAsync(loginId, ["support"]);
    Console.WriteLine($"Roles: {string.Join(", ", user.RoleNames ?? [])}");

    user = await client.DeactivateAsync(loginId);
    Console.WriteLine($"Status: {user.Status}");
    // README: end

    user = await client.ActivateAsync(loginId);
    Console.WriteLine($"Status: {user.Status}");
    return user.Status == UserStatus.Enabled ? 0 : 1;
}
catch (DescopeNotFoundException)
{
    Console.Error.WriteLine($"No user with login ID {loginId} in project {projectId}.");
    return 1;
}
catch (DescopeApiException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
