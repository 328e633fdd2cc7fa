namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Clients pointed at a loopback server with fixed test credentials.</summary>
public static class TestClients
{
    public const string ProjectId = "P2aAc4T2V93bddihGEx2Ryhc8e5Z";

    // Distinctive so a test can search any text for it.
    public const string ManagementKey = "K2test-management-key-Zq9xV7wYp3";

    public static DescopeUserClientOptions Options(LoopbackServer server, int batchSize = DescopeUserClientOptions.DefaultBatchSize) => new()
    {
        ProjectId = ProjectId,
        ManagementKey = ManagementKey,
        BaseUrl = server.BaseUrl,
        BatchSize = batchSize,
    };

    public static DescopeUserClient For(LoopbackServer server, int batchSize = DescopeUserClientOptions.DefaultBatchSize) =>
        new(Options(server, batchSize));
}
