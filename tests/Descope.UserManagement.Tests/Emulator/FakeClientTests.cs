using System.Text.Json;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Descope.UserManagement.Tests.Emulator;

public sealed class FakeClientTests
{
    /// <summary>One script of calls, run against any client; it exercises every operation and its semantics.</summary>
    private static async Task RunScriptAsync(IDescopeUserClient users)
    {
        await users.CreateAsync("bob@example.com", new UserCreate { Email = "bob@example.com", Name = "Bob", RoleNames = ["viewer"], UserTenants = [new TenantRoles("T1", ["member"])] });
        await users.CreateTestUserAsync("tester", new UserCreate { Name = "Test" });
        await users.UpdateAsync("alice", new UserUpdate { Email = "alice@example.com", GivenName = "Alice", RoleNames = ["owner"] });
        await users.ActivateAsync("bob@example.com");
        await users.UpdateEmailAsync("bob@example.com", "robert@example.com", verified: true);
        await users.UpdatePhoneAsync("bob@example.com", "+12025550123", verified: true);
        await users.UpdateDisplayNameAsync("bob@example.com", new DisplayName { GivenName = "Robert", FamilyName = "Tables" });
        await users.UpdateLoginIdAsync("bob@example.com", "robert@example.com");
        await users.PatchAsync("robert@example.com", new UserPatch { Picture = "https://example.com/b.png", CustomAttributes = new Dictionary<string, object?> { ["seats"] = 5, ["tags"] = new[] { "x" } } });
        await users.UpdatePictureAsync("alice", "https://example.com/a.png");
        await users.PatchBatchAsync([new BatchUserPatch("alice") { MiddleName = "P" }, new BatchUserPatch("nobody") { Name = "N" }, new BatchUserPatch("tester") { Status = UserStatus.Disabled }]);
        await users.AddRolesAsync("robert@example.com", ["editor"]);
        await users.AddRolesAsync("robert@example.com", ["admin"], "T2");
        await users.RemoveRolesAsync("robert@example.com", ["viewer"]);
        await users.SetRolesAsync("alice", ["a", "b"], "T1");
        await users.AddTenantAsync("alice", "T3");
        await users.RemoveTenantAsync("robert@example.com", "T1");
        await users.DeactivateAsync("alice");
        await users.DeleteAsync("tester");
        await users.Awaiting(u => u.LoadAsync("tester")).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.UpdateLoginIdAsync("alice", "robert@example.com")).Should().ThrowAsync<DescopeApiException>();
    }

    [Fact]
    public async Task The_same_script_on_the_emulator_over_http_and_on_the_fake_ends_in_the_same_users()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var overHttp = TestClients.For(emulator);
        using var fake = new FakeDescopeUserClient();
        TestClients.SeedAlice(fake.Store);

        await RunScriptAsync(overHttp);
        await RunScriptAsync(fake);

        Comparable(emulator.Store).Should().Be(Comparable(fake.Store));
        fake.Store.Users.Select(u => u.LoginIds![0]).Should().Equal("alice", "robert@example.com");
        fake.Store.Find("robert@example.com")!.UserTenants!.Select(t => t.TenantId).Should().Equal("T2");
    }

    [Fact]
    public async Task The_fake_checks_arguments_like_the_real_client()
    {
        using var fake = new FakeDescopeUserClient();

        await fake.Awaiting(f => f.UpdateStatusAsync(" ", UserStatus.Enabled)).Should().ThrowAsync<ArgumentException>().WithParameterName("loginId");
        await fake.Awaiting(f => f.AddRolesAsync("alice", [])).Should().ThrowAsync<ArgumentException>().WithParameterName("roleNames");
        await fake.Awaiting(f => f.UpdateStatusAsync("alice", UserStatus.Expired)).Should().ThrowAsync<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public async Task The_fake_raises_the_real_clients_errors()
    {
        using var fake = new FakeDescopeUserClient();
        fake.Store.Seed("alice");

        var notFound = await fake.Awaiting(f => f.ActivateAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
        var last = await fake.Awaiting(f => f.UpdateLoginIdAsync("alice", null)).Should().ThrowAsync<DescopeApiException>();

        notFound.Which.Operation.Should().Be("UpdateStatus");
        notFound.Which.ErrorCode.Should().Be("E062108");
        last.Which.ErrorMessage.Should().Be("A user's last login ID cannot be removed.");
    }

    [Fact]
    public async Task An_emulator_and_a_fake_can_share_one_store()
    {
        var store = new DescopeUserStore();
        store.Seed("alice");
        await using var emulator = await DescopeEmulator.StartAsync(new DescopeEmulatorOptions { Store = store });
        using var fake = new FakeDescopeUserClient(store);
        using var client = emulator.CreateClient();

        await fake.DeactivateAsync("alice");

        (await client.LoadAsync("alice")).Status.Should().Be(UserStatus.Disabled);
    }

    [Fact]
    public async Task AddDescopeUsers_points_at_the_emulator_in_one_line()
    {
        await using var emulator = await DescopeEmulator.StartAsync();
        emulator.Store.Seed("alice");
        var services = new ServiceCollection();

        services.AddDescopeUsers(emulator.ConfigureClient);

        await using var provider = services.BuildServiceProvider();
        var user = await provider.GetRequiredService<IDescopeUserClient>().DeactivateAsync("alice");
        user.Status.Should().Be(UserStatus.Disabled);
        emulator.ManagementRequests().Single().Header("Authorization").Should().Be($"Bearer {emulator.ProjectId}:{emulator.ManagementKey}");
    }

    [Fact]
    public async Task The_emulator_never_shows_its_key_in_text()
    {
        await using var emulator = await DescopeEmulator.StartAsync();
        using var client = emulator.CreateClient();

        emulator.ToString().Should().NotContain(emulator.ManagementKey);
        client.ToString().Should().NotContain(emulator.ManagementKey);
        emulator.CreateClientOptions().ToString().Should().NotContain(emulator.ManagementKey);
    }

    // Users as JSON, without what differs by nature between two stores (random user IDs, creation times).
    private static string Comparable(DescopeUserStore store) =>
        string.Join("\n", store.Users
            .Select(u => u with { UserId = null, CreatedTime = null })
            .OrderBy(u => u.LoginIds![0], StringComparer.Ordinal)
            .Select(u => JsonSerializer.Serialize(u, DescopeJsonContext.Default.User)));
}
