using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Profile operations as the emulator and the fake apply them.</summary>
public sealed class ProfileSemanticsTests
{
    [Fact]
    public async Task UpdatePicture_sets_the_picture_and_an_empty_one_removes_it()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        var updated = await users.UpdatePictureAsync("alice", "https://example.com/alice.png");
        updated.Picture.Should().Be("https://example.com/alice.png");
        users.Store.Find("alice")!.Picture.Should().Be("https://example.com/alice.png");

        var removed = await users.UpdatePictureAsync(TestClients.AliceUserId, null);
        removed.Picture.Should().BeEmpty();
        users.Store.Find("alice")!.Picture.Should().BeEmpty();
    }

    [Fact]
    public async Task UpdatePicture_of_an_unknown_user_is_not_found()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var error = await client.Awaiting(c => c.UpdatePictureAsync("ghost", "https://example.com/g.png")).Should().ThrowAsync<DescopeNotFoundException>();
        error.Which.Operation.Should().Be("UpdatePicture");
    }

    [Fact]
    public async Task UpdateCustomAttribute_sets_one_key_keeps_the_others_and_stores_null_as_json_null()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        await users.UpdateCustomAttributeAsync("alice", "plan", "gold");
        await users.UpdateCustomAttributeAsync("alice", "seats", 12);
        await users.UpdateCustomAttributeAsync("alice", "tags", new[] { "a", "b" });
        var user = await users.UpdateCustomAttributeAsync("alice", "plan", null);

        user.CustomAttributes!["plan"].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        user.CustomAttributes["seats"].GetInt32().Should().Be(12);
        user.CustomAttributes["tags"].EnumerateArray().Select(t => t.GetString()).Should().Equal("a", "b");
        users.Store.Find("alice")!.CustomAttributes!.Keys.Should().BeEquivalentTo(["plan", "seats", "tags"]);
    }

    [Fact]
    public async Task Recovery_contacts_are_kept_beside_the_user_and_an_empty_value_removes_one()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        var user = await users.UpdateRecoveryEmailAsync("alice", "backup@example.com", verified: true);
        await users.UpdateRecoveryPhoneAsync(TestClients.AliceUserId, "+12025550199");

        user.Email.Should().Be("alice@example.com", "the recovery email is not the user's email");
        users.Store.Recovery("alice").Should().Be(new RecoveryContacts("backup@example.com", true, "+12025550199", false));

        await users.UpdateRecoveryEmailAsync("alice", null, verified: true);
        users.Store.Recovery("alice").Should().Be(new RecoveryContacts(null, false, "+12025550199", false));
    }

    [Fact]
    public async Task Recovery_of_an_unknown_user_is_not_found()
    {
        using var users = new FakeDescopeUserClient();

        await users.Awaiting(u => u.UpdateRecoveryPhoneAsync("ghost", "+12025550199")).Should().ThrowAsync<DescopeNotFoundException>();
    }
}
