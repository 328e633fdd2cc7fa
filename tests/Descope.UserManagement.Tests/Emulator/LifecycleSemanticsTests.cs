using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Deletes and logouts as the emulator and the fake apply them.</summary>
public sealed class LifecycleSemanticsTests
{
    [Fact]
    public async Task DeleteByUserId_deletes_only_by_user_id_and_a_missing_user_is_no_error()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        var bob = users.Store.Seed("bob");

        await users.DeleteByUserIdAsync("alice");
        users.Store.Find("alice").Should().NotBeNull("a login ID is not a user ID");

        await users.DeleteByUserIdAsync(TestClients.AliceUserId);
        await users.DeleteByUserIdAsync(TestClients.AliceUserId);

        users.Store.Users.Select(u => u.UserId).Should().Equal(bob.UserId);
    }

    [Fact]
    public async Task DeleteBatch_deletes_every_named_user_and_skips_unknown_ids()
    {
        using var users = new FakeDescopeUserClient();
        var a = users.Store.Seed("a");
        var b = users.Store.Seed("b");
        var c = users.Store.Seed("c");

        await users.DeleteBatchAsync([a.UserId!, c.UserId!, "U-nobody"]);

        users.Store.Users.Select(u => u.UserId).Should().Equal(b.UserId);
    }

    [Fact]
    public async Task DeleteAllTestUsers_removes_only_test_users()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);
        await client.CreateTestUserAsync("tester-1", new UserCreate());
        await client.CreateTestUserAsync("tester-2", new UserCreate());
        await client.CreateAsync("real", new UserCreate());

        await client.DeleteAllTestUsersAsync();

        emulator.Store.Users.SelectMany(u => u.LoginIds!).Should().BeEquivalentTo(["alice", "alice@example.com", "real"]);
        emulator.Journal.To("/v1/mgmt/user/test/delete/all").Should().ContainSingle().Which.Method.Should().Be("DELETE");
    }

    [Fact]
    public async Task A_deleted_user_leaves_no_password_or_recovery_contacts_behind()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        await users.SetActivePasswordAsync("alice", "Pa55word!");
        await users.UpdateRecoveryEmailAsync("alice", "backup@example.com");

        await users.DeleteAsync("alice");
        users.Store.Seed(new User { LoginIds = ["alice"], UserId = TestClients.AliceUserId });

        users.Store.PasswordState("alice").Should().BeNull();
        users.Store.Recovery("alice").Should().BeNull();
    }

    [Fact]
    public async Task Logouts_are_recorded_with_the_user_and_session_types()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        await users.LogoutAsync("ALICE@example.com");
        await users.LogoutByUserIdAsync(TestClients.AliceUserId, ["web", "mobile"]);

        users.Store.Logouts.Should().HaveCount(2);
        users.Store.Logouts[0].Should().Match<RecordedLogout>(l => l.UserId == TestClients.AliceUserId && l.SessionTypes == null);
        users.Store.Logouts[1].SessionTypes.Should().Equal("web", "mobile");
    }

    [Fact]
    public async Task Logging_out_an_unknown_user_is_not_found()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var byLoginId = await client.Awaiting(c => c.LogoutAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
        var byUserId = await client.Awaiting(c => c.LogoutByUserIdAsync("alice")).Should().ThrowAsync<DescopeNotFoundException>();

        byLoginId.Which.Operation.Should().Be("Logout");
        byUserId.Which.Operation.Should().Be("LogoutByUserId");
        emulator.Store.Logouts.Should().BeEmpty();
    }
}
