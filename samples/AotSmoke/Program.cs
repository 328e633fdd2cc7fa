// Native AOT smoke test: a handful of operations against the Descope API at DESCOPE_BASE_URL (an emulator in the
// tests). Exit code 0 only when every answer is what it should be.
using Descope.UserManagement;
using Microsoft.Extensions.DependencyInjection;

var options = new DescopeUserClientOptions
{
    ProjectId = Environment.GetEnvironmentVariable("DESCOPE_PROJECT_ID"),
    ManagementKey = Environment.GetEnvironmentVariable("DESCOPE_MANAGEMENT_KEY"),
    BaseUrl = Environment.GetEnvironmentVariable("DESCOPE_BASE_URL") is { Length: > 0 } url ? new Uri(url) : null,
};
// "--di" resolves the client the way an ASP.NET Core app does, so AddDescopeUsers is compiled and checked too.
var useContainer = args.Contains("--di");
args = args.Where(a => a != "--di").ToArray();
var loginId = args.Length > 0 ? args[0] : "ada@example.com";

try
{
    using var provider = useContainer ? Container(options) : null;
    using var direct = useContainer ? null : new DescopeUserClient(options);
    IDescopeUserClient users = useContainer ? provider!.GetRequiredService<IDescopeUserClient>() : direct!;
    var checks = new List<(string Step, bool Ok)>();

    var user = await users.LoadAsync(loginId);
    checks.Add(("Load", user.LoginIds?.Contains(loginId) == true));

    user = await users.DeactivateAsync(loginId);
    checks.Add(("Deactivate", user.Status == UserStatus.Disabled));

    user = await users.PatchAsync(loginId, new UserPatch
    {
        GivenName = "Ada",
        CustomAttributes = new Dictionary<string, object?> { ["seats"] = 3, ["tags"] = new[] { "aot" } },
    });
    checks.Add(("Patch", user.GivenName == "Ada" && user.CustomAttributes?["seats"].GetInt32() == 3));

    user = await users.AddRolesAsync(loginId, ["support"], "acme");
    checks.Add(("AddRoles", user.UserTenants?.Any(t => t.TenantId == "acme" && t.RoleNames?.Contains("support") == true) == true));

    var batch = await users.PatchBatchAsync([new BatchUserPatch(loginId) { FamilyName = "Lovelace" }, new BatchUserPatch("nobody@example.com") { Name = "N" }]);
    checks.Add(("PatchBatch", batch.PatchedUsers.Count == 1 && batch.FailedUsers.Count == 1));

    try
    {
        await users.LoadAsync("nobody@example.com");
        checks.Add(("NotFound", false));
    }
    catch (DescopeNotFoundException)
    {
        checks.Add(("NotFound", true));
    }

    foreach (var (step, ok) in checks)
    {
        Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {step}");
    }

    return checks.All(c => c.Ok) ? 0 : 1;
}
catch (Exception error) when (error is DescopeApiException or HttpRequestException or ArgumentException)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}

static ServiceProvider Container(DescopeUserClientOptions options)
{
    var services = new ServiceCollection();
    services.AddDescopeUsers(o =>
    {
        o.ProjectId = options.ProjectId;
        o.ManagementKey = options.ManagementKey;
        o.BaseUrl = options.BaseUrl;
    });
    return services.BuildServiceProvider();
}
