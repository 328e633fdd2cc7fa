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

    /// <summary>Options for the emulator. Retries are off: most tests check one answer; the resilience tests turn them on.</summary>
    public static DescopeUserClientOptions Options(DescopeEmulator emulator, int batchSize = DescopeUserClientOptions.DefaultBatchSize) => new()
    {
        ProjectId = ProjectId,
        ManagementKey = ManagementKey,
        BaseUrl = emulator.BaseUrl,
        BatchSize = batchSize,
        Retry = new DescopeRetryOptions { MaxRetries = 0 },
    };

    public static DescopeUserClient For(DescopeEmulator emulator, int batchSize = DescopeUserClientOptions.DefaultBatchSize) =>
        new(Options(emulator, batchSize));

    /// <summary>The requests the emulator received, less the client's license handshake and fetches of the public key set.</summary>
    public static IReadOnlyList<RecordedRequest> ManagementRequests(this DescopeEmulator emulator) =>
        emulator.Journal.Requests
            .Where(r => !r.Path.EndsWith(EmulatorFault.LicensePath, StringComparison.Ordinal) && r.Path != emulator.KeySetUrl.AbsolutePath)
            .ToArray();

    /// <summary>The one management request the emulator received.</summary>
    public static RecordedRequest SingleRequest(this DescopeEmulator emulator)
    {
        var requests = emulator.ManagementRequests();
        requests.Should().HaveCount(1, "exactly one request was expected to reach the server");
        return requests[0];
    }

    /// <summary>Makes the emulator answer the next request with exactly this.</summary>
    public static void Respond(this DescopeEmulator emulator, int statusCode, string body, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json") =>
        emulator.Faults.Inject(EmulatorFault.Respond(statusCode, body, contentType) with { Headers = headers });
}
