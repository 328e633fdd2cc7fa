using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Passwords as the emulator and the fake keep them: a hash and a state, never the password.</summary>
public sealed class CredentialSemanticsTests
{
    [Fact]
    public async Task A_temporary_password_is_kept_as_a_hash_in_state_temporary_and_marks_the_user()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        await users.SetTemporaryPasswordAsync("alice", "Tmp-Pa55word!");

        users.Store.PasswordState("alice").Should().Be(UserPasswordState.Temporary);
        users.Store.VerifyPassword("alice", "Tmp-Pa55word!").Should().BeTrue();
        users.Store.VerifyPassword("alice", "tmp-pa55word!").Should().BeFalse();
        (await users.LoadAsync("alice")).Password.Should().BeTrue();
    }

    [Fact]
    public async Task An_active_password_replaces_the_temporary_one_and_expiring_it_keeps_the_hash()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        await users.SetTemporaryPasswordAsync("alice", "first-Pa55word!");

        await users.SetActivePasswordAsync(TestClients.AliceUserId, "second-Pa55word!");
        users.Store.PasswordState("alice").Should().Be(UserPasswordState.Active);
        users.Store.VerifyPassword("alice", "first-Pa55word!").Should().BeFalse();

        await users.ExpirePasswordAsync("alice@example.com");
        users.Store.PasswordState("alice").Should().Be(UserPasswordState.Expired);
        users.Store.VerifyPassword("alice", "second-Pa55word!").Should().BeTrue();
    }

    [Fact]
    public async Task Expiring_a_user_without_a_password_changes_nothing()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        await users.ExpirePasswordAsync("alice");

        users.Store.PasswordState("alice").Should().BeNull();
    }

    [Fact]
    public async Task Setting_the_password_of_an_unknown_user_is_not_found_and_stores_nothing()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var error = await client.Awaiting(c => c.SetActivePasswordAsync("ghost", "Pa55word!")).Should().ThrowAsync<DescopeNotFoundException>();

        error.Which.Operation.Should().Be("SetActivePassword");
        emulator.Store.PasswordState("ghost").Should().BeNull();
    }
}
