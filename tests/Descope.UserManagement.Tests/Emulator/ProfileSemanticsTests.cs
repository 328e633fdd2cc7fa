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
}
