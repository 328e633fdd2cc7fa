using System.Net;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Emulator;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Past_the_limit_requests_get_429_E130429_and_Retry_After_until_the_window_ends()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartEmulatorAsync(clock);
        TestClients.SeedAlice(emulator.Store);
        emulator.AddRateLimit(new EmulatorRateLimit("test", permitLimit: 3, window: TimeSpan.FromSeconds(60), path => path.EndsWith("/status", StringComparison.Ordinal)));
        using var client = TestClients.For(emulator);

        for (var i = 0; i < 3; i++)
        {
            await client.ActivateAsync("alice");
        }

        clock.Advance(TimeSpan.FromSeconds(20));
        var limited = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();
        clock.Advance(TimeSpan.FromSeconds(40));
        await client.ActivateAsync("alice");

        limited.Which.StatusCode.Should().Be((HttpStatusCode)429);
        limited.Which.ErrorCode.Should().Be("E130429");
        limited.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(40));
        emulator.ManagementRequests().Count.Should().Be(5);
    }

    [Fact]
    public async Task A_limit_counts_only_the_paths_it_applies_to()
    {
        await using var emulator = await TestClients.StartEmulatorAsync(new FakeTimeProvider());
        TestClients.SeedAlice(emulator.Store);
        emulator.AddRateLimit(DescopeRateLimits.UserCreate());
        using var client = TestClients.For(emulator);

        for (var i = 0; i < 150; i++)
        {
            await client.LoadAsync("alice");
        }

        for (var i = 0; i < 100; i++)
        {
            await client.CreateAsync($"user{i}", new UserCreate());
        }

        await client.Awaiting(c => c.CreateAsync("one-too-many", new UserCreate())).Should().ThrowAsync<DescopeRateLimitException>();
        emulator.ClearRateLimits();
        await client.CreateAsync("after-clearing", new UserCreate());
    }

    [Fact]
    public async Task The_update_preset_counts_updates_patches_and_searches_but_not_loads_or_creates()
    {
        await using var emulator = await TestClients.StartEmulatorAsync(new FakeTimeProvider());
        TestClients.SeedAlice(emulator.Store);
        emulator.AddRateLimit(DescopeRateLimits.UserUpdateAndSearch());
        using var client = TestClients.For(emulator);

        for (var i = 0; i < 100; i++)
        {
            await client.ActivateAsync("alice");
            await client.PatchAsync("alice", new UserPatch { Name = $"A{i}" });
        }

        await client.LoadAsync("alice");
        await client.CreateAsync("bob", new UserCreate());
        await client.Awaiting(c => c.AddRolesAsync("alice", ["r"])).Should().ThrowAsync<DescopeRateLimitException>();
    }

    [Fact]
    public async Task A_request_refused_by_one_limit_uses_up_no_other_limit()
    {
        await using var emulator = await TestClients.StartEmulatorAsync(new FakeTimeProvider());
        TestClients.SeedAlice(emulator.Store);
        var wide = new EmulatorRateLimit("wide", 3, TimeSpan.FromSeconds(60), path => path != EmulatorFault.LicensePath);
        emulator.AddRateLimit(wide);
        emulator.AddRateLimit(new EmulatorRateLimit("status only", 1, TimeSpan.FromSeconds(60), path => path.EndsWith("/status", StringComparison.Ordinal)));
        using var client = TestClients.For(emulator);

        await client.ActivateAsync("alice");
        for (var i = 0; i < 5; i++)
        {
            await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();
        }

        await client.LoadAsync("alice");
        await client.LoadAsync("alice");
        await client.Awaiting(c => c.LoadAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>("the wide limit admitted exactly 3");
    }

    [Fact]
    public void The_presets_are_Descopes_published_limits()
    {
        DescopeRateLimits.UserCreate().Should().Match<EmulatorRateLimit>(l => l.PermitLimit == 100 && l.Window == TimeSpan.FromSeconds(60));
        DescopeRateLimits.UserUpdateAndSearch().Should().Match<EmulatorRateLimit>(l => l.PermitLimit == 200 && l.Window == TimeSpan.FromSeconds(60));
        DescopeRateLimits.BackendSdk().Should().Match<EmulatorRateLimit>(l => l.PermitLimit == 1000 && l.Window == TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Latency_delays_every_answer_on_the_emulator_clock()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartEmulatorAsync(clock);
        TestClients.SeedAlice(emulator.Store);
        emulator.Latency = TimeSpan.FromMilliseconds(250);
        using var client = TestClients.For(emulator);

        var call = client.LoadAsync("alice");

        // Two requests wait in turn: the client's license handshake, then the load itself.
        for (var expected = 1; expected <= 2; expected++)
        {
            for (var i = 0; i < 200 && emulator.Journal.Count < expected; i++)
            {
                await Task.Delay(10);
            }

            await Task.Delay(50);
            call.IsCompleted.Should().BeFalse("the emulator's clock has not moved past the latency");
            clock.Advance(TimeSpan.FromMilliseconds(250));
        }

        (await call).UserId.Should().Be(TestClients.AliceUserId);
    }
}
