using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

public sealed class EmulatorConcurrencyTests
{
    [Fact]
    public async Task Concurrent_changes_to_one_user_and_creates_of_many_are_all_kept()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            await client.AddRolesAsync("alice", [$"role-{i}"]);
            await client.CreateAsync($"user-{i}", new UserCreate { Name = $"User {i}" });
        }));

        emulator.Store.Find("alice")!.RoleNames.Should().HaveCount(201);
        emulator.Store.Users.Should().HaveCount(201);
        emulator.ManagementRequests().Count.Should().Be(400);
        for (var i = 0; i < 200; i++)
        {
            emulator.Store.Find($"user-{i}")!.Name.Should().Be($"User {i}");
        }
    }
}
