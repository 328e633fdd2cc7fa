using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Batch create as the emulator and the fake apply it: what an import carries, and the create rate limit.</summary>
public sealed class BatchCreateSemanticsTests
{
    [Fact]
    public async Task An_import_keeps_status_creation_time_test_flag_and_passwords_as_hashes_or_states_only()
    {
        using var users = new FakeDescopeUserClient();
        var created = DateTimeOffset.FromUnixTimeSeconds(1_600_000_000);

        var result = await users.CreateBatchAsync(
        [
            new BatchUserCreate("clear@example.com") { Password = "Imp0rted-Pa55!", Status = UserStatus.Enabled, CreatedTime = created, Test = true },
            new BatchUserCreate("hashed@example.com") { HashedPassword = new BcryptHashedPassword("$2a$10$N9qo8uLOickgx2ZMRZoMye"), Status = UserStatus.Disabled },
            new BatchUserCreate("totp@example.com") { Seed = "JBSWY3DPEHPK3PXP", Status = UserStatus.Expired },
            new BatchUserCreate("plain@example.com") { Name = "Plain" },
        ]);

        result.AllSucceeded.Should().BeTrue();
        var clear = users.Store.Find("clear@example.com")!;
        clear.Should().Match<User>(u => u.Status == UserStatus.Enabled && u.CreatedTime == created && u.Test == true && u.Password == true);
        users.Store.PasswordState("clear@example.com").Should().Be(UserPasswordState.Active);
        users.Store.VerifyPassword("clear@example.com", "Imp0rted-Pa55!").Should().BeTrue();

        users.Store.Find("hashed@example.com")!.Should().Match<User>(u => u.Status == UserStatus.Disabled && u.Password == true);
        users.Store.PasswordState("hashed@example.com").Should().Be(UserPasswordState.Active);
        users.Store.VerifyPassword("hashed@example.com", "anything").Should().BeFalse("an imported hash is kept as its state only");

        users.Store.Find("totp@example.com")!.Should().Match<User>(u => u.Status == UserStatus.Expired && u.Totp == true);
        users.Store.Find("plain@example.com")!.Should().Match<User>(u => u.Status == UserStatus.Invited && u.Name == "Plain" && u.Password == null);
        users.Store.Invitations.Should().BeEmpty("a batch create invites nobody");
    }

    [Fact]
    public async Task A_login_id_taken_by_an_earlier_item_of_the_same_batch_fails_that_item_only()
    {
        using var users = new FakeDescopeUserClient();

        var result = await users.CreateBatchAsync([new BatchUserCreate("a") { AdditionalIdentifiers = ["shared"] }, new BatchUserCreate("b") { AdditionalIdentifiers = ["shared"] }]);

        result.CreatedUsers.Should().ContainSingle().Which.LoginIds.Should().Equal("a", "shared");
        result.FailedUsers.Should().ContainSingle().Which.LoginId.Should().Be("b");
    }

    [Fact]
    public async Task The_user_create_rate_limit_counts_creates_invites_and_batch_creates_alike()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.AddRateLimit(DescopeRateLimits.UserCreate());
        using var client = TestClients.For(emulator);
        for (var i = 0; i < 98; i++)
        {
            await client.CreateAsync($"user{i}", new UserCreate());
        }

        await client.InviteAsync("invited@example.com", new UserCreate());
        await client.CreateBatchAsync([new BatchUserCreate("batch-1"), new BatchUserCreate("batch-2")]);

        var refused = await client.CreateBatchAsync([new BatchUserCreate("one-too-many")]);
        var error = await client.Awaiting(c => c.InviteAsync("late@example.com", new UserCreate())).Should().ThrowAsync<DescopeRateLimitException>();

        refused.FailedUsers.Should().ContainSingle().Which.Exception.Should().BeOfType<DescopeRateLimitException>();
        error.Which.RetryAfter.Should().NotBeNull();
        emulator.Store.Users.Should().HaveCount(101);
    }
}
