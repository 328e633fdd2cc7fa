using Descope.UserManagement.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>The "Testing your service" examples of README.md, as running tests.</summary>
public sealed class ReadmeTestingExamples
{
    /// <summary>A service of the kind users write: it takes the interface.</summary>
    private sealed class OffboardingService(IDescopeUserClient users)
    {
        public async Task OffboardAsync(string loginId)
        {
            await users.DeactivateAsync(loginId);
            await users.SetRolesAsync(loginId, ["former-employee"]);
        }
    }

    [Fact]
    public async Task With_the_emulator()
    {
        // Emulator: begin
        await using var emulator = await DescopeEmulator.StartAsync();
        emulator.Store.Seed("alice@example.com", email: "alice@example.com");

        var services = new ServiceCollection();
        services.AddDescopeUsers(emulator.ConfigureClient);        // one line points the SDK at the emulator
        await using var provider = services.BuildServiceProvider();
        var users = provider.GetRequiredService<IDescopeUserClient>();

        emulator.Faults.Inject(EmulatorFault.Status(500), times: 1);  // the next call fails with a server error
        await Assert.ThrowsAsync<DescopeApiException>(() => users.DeactivateAsync("alice@example.com"));

        await new OffboardingService(users).OffboardAsync("alice@example.com");

        var alice = emulator.Store.Find("alice@example.com")!;
        Assert.Equal(UserStatus.Disabled, alice.Status);
        Assert.Equal(["former-employee"], alice.RoleNames!);
        Assert.Equal("/v1/mgmt/user/update/role/set", emulator.Journal.Requests[^1].Path);
        // Emulator: end
    }

    // Mock: begin
    private sealed class StatusRecordingClient : DescopeUserClient   // or mock IDescopeUserClient with your library
    {
        public List<(string LoginId, UserStatus Status)> Calls { get; } = [];

        public override Task<User> UpdateStatusAsync(string loginId, UserStatus status, CancellationToken cancellationToken = default)
        {
            Calls.Add((loginId, status));
            return Task.FromResult(new User { LoginIds = [loginId], Status = status });
        }

        public override Task<User> SetRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new User { LoginIds = [loginId], RoleNames = roleNames.ToArray() });
    }
    // Mock: end

    [Fact]
    public async Task With_a_hand_written_mock()
    {
        var users = new StatusRecordingClient();

        await new OffboardingService(users).OffboardAsync("alice@example.com");

        Assert.Equal([("alice@example.com", UserStatus.Disabled)], users.Calls);
    }

    [Fact]
    public async Task With_the_fake_client()
    {
        // Fake: begin
        using var users = new FakeDescopeUserClient();
        users.Store.Seed("alice@example.com");

        await new OffboardingService(users).OffboardAsync("alice@example.com");

        Assert.Equal(UserStatus.Disabled, users.Store.Find("alice@example.com")!.Status);
        // Fake: end
    }
}
