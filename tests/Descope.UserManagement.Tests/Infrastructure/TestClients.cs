using Descope.UserManagement.Testing;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Emulators and clients with fixed test credentials.</summary>
public static class TestClients
{
    public const string ProjectId = "P2aAc4T2V93bddihGEx2Ryhc8e5Z";

    // Distinctive so a test can search any text for it.
    public const string ManagementKey = "K2test-management-key-Zq9xV7wYp3";

    public const string AliceUserId = "U2aAc4T2V93bddihGEx2Ryhc8e5Z";

    public static Task<DescopeEmulator> StartEmulatorAsync(TimeProvider? timeProvider = null) =>
        DescopeEmulator.StartAsync(new DescopeEmulatorOptions { ProjectId = ProjectId, ManagementKey = ManagementKey, TimeProvider = timeProvider });

    /// <summary>An emulator holding "alice": two login IDs, a project role and a tenant role.</summary>
    public static async Task<DescopeEmulator> StartWithAliceAsync()
    {
        var emulator = await StartEmulatorAsync();
        SeedAlice(emulator.Store);
        return emulator;
    }

    public static User SeedAlice(DescopeUserStore store) => store.Seed(new User
    {
        LoginIds = ["alice", "alice@example.com"],
        UserId = AliceUserId,
        Email = "alice@example.com",
        VerifiedEmail = true,
        Name = "Alice Liddell",
        GivenName = "Alice",
        FamilyName = "Liddell",
        RoleNames = ["viewer"],
        UserTenants = [new UserTenant { TenantId = "T1", RoleNames = ["admin"] }],
        CustomAttributes = new Dictionary<string, System.Text.Json.JsonElement>(),
    });

    public static DescopeUserClientOptions Options(DescopeEmulator emulator, int batchSize = DescopeUserClientOptions.DefaultBatchSize) => new()
    {
        ProjectId = ProjectId,
        ManagementKey = ManagementKey,
        BaseUrl = emulator.BaseUrl,
        BatchSize = batchSize,
    };

    public static DescopeUserClient For(DescopeEmulator emulator, int batchSize = DescopeUserClientOptions.DefaultBatchSize) =>
        new(Options(emulator, batchSize));

    /// <summary>The one request the emulator received.</summary>
    public static RecordedRequest SingleRequest(this DescopeEmulator emulator)
    {
        var requests = emulator.Journal.Requests;
        requests.Should().HaveCount(1, "exactly one request was expected to reach the server");
        return requests[0];
    }

    /// <summary>Makes the emulator answer the next request with exactly this.</summary>
    public static void Respond(this DescopeEmulator emulator, int statusCode, string body, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json") =>
        emulator.Faults.Inject(EmulatorFault.Respond(statusCode, body, contentType) with { Headers = headers });
}
