using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>SSO apps on a user as the emulator and the fake apply them.</summary>
public sealed class SsoAppSemanticsTests
{
    [Fact]
    public async Task Add_set_and_remove_change_the_users_apps_as_a_set()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        (await users.AddSsoAppsAsync("alice", ["app1", "app2"])).SsoAppIds.Should().Equal("app1", "app2");
        (await users.AddSsoAppsAsync("alice", ["app2", "app3"])).SsoAppIds.Should().Equal("app1", "app2", "app3");
        (await users.RemoveSsoAppsAsync("alice", ["app1", "not-there"])).SsoAppIds.Should().Equal("app2", "app3");
        (await users.SetSsoAppsAsync("alice", ["descope-default-oidc"])).SsoAppIds.Should().Equal("descope-default-oidc");
        (await users.RemoveSsoAppsAsync("alice", ["descope-default-oidc"])).SsoAppIds.Should().BeEmpty("an empty list, which Descope reads as every app");

        users.Store.Find("alice")!.SsoAppIds.Should().BeEmpty();
    }

    [Fact]
    public async Task Changing_the_apps_of_an_unknown_user_is_not_found()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var error = await client.Awaiting(c => c.AddSsoAppsAsync("ghost", ["app1"])).Should().ThrowAsync<DescopeNotFoundException>();

        error.Which.Operation.Should().Be("AddSsoApps");
    }
}
