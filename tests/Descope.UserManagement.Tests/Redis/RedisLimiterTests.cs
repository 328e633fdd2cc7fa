using System.Threading.RateLimiting;
using Descope.UserManagement.Redis;
using Descope.UserManagement.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Descope.UserManagement.Tests.Redis;

/// <summary>The Redis-backed limiters against a real redis-server, and clients paced by them against the emulator.</summary>
[Collection(RedisTests.Name)]
public sealed class RedisLimiterTests
{
    private const string UpdatePath = "/mgmt/user/update";
    private readonly RedisServer _redis;

    public RedisLimiterTests(RedisServer redis) => _redis = redis;

    [Fact]
    public async Task Limiters_with_the_same_key_prefix_share_one_window_and_other_prefixes_do_not()
    {
        var prefix = NewProjectId();
        var limits = Limits(permits: 3, TimeSpan.FromSeconds(30));
        using var first = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, prefix, limits);
        using var second = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, prefix, limits);
        using var otherProject = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, NewProjectId(), limits);

        var granted = new List<bool>();
        foreach (var limiter in new[] { first.UpdateAndSearch!, second.UpdateAndSearch!, first.UpdateAndSearch!, second.UpdateAndSearch!, first.UpdateAndSearch! })
        {
            using var lease = await limiter.AcquireAsync();
            granted.Add(lease.IsAcquired);
        }

        granted.Should().Equal(true, true, true, false, false);
        using (var create = await first.Create!.AcquireAsync())
        {
            create.IsAcquired.Should().BeTrue("each budget has its own count");
        }

        using var elsewhere = await otherProject.UpdateAndSearch!.AcquireAsync();
        elsewhere.IsAcquired.Should().BeTrue("another project's budget is counted apart");
    }

    [Fact]
    public async Task A_refused_lease_says_when_to_ask_again_as_the_clients_permit_wait_reads_it()
    {
        using var limiter = DescopeRedisRateLimiters.PerWindow(_redis.Connection, NewProjectId(), permitLimit: 1, TimeSpan.FromSeconds(2));
        using var granted = await limiter.AcquireAsync();
        using var refused = await limiter.AcquireAsync();

        granted.IsAcquired.Should().BeTrue();
        refused.IsAcquired.Should().BeFalse();
        refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter).Should().BeTrue();
        retryAfter.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(1));
        refused.MetadataNames.Should().Contain(MetadataName.RetryAfter.Name);
    }

    [Fact]
    public async Task Two_clients_with_limiters_of_their_own_share_the_projects_budget()
    {
        await using var emulator = await StartEmulatorAsync();
        var limits = Limits(permits: 3, TimeSpan.FromSeconds(60));
        using var firstLimits = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, emulator.ProjectId, limits);
        using var secondLimits = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, emulator.ProjectId, limits);
        using var first = Client(emulator, firstLimits, TimeSpan.FromSeconds(30));
        using var second = Client(emulator, secondLimits, TimeSpan.FromSeconds(1));

        for (var i = 0; i < 3; i++)
        {
            await first.UpdateDisplayNameAsync("shared@example.com", new DisplayName { Name = $"First {i}" });
        }

        // The second client's own limiters granted nothing yet; the budget in Redis is spent, so its call waits for a
        // permit that comes only after its total timeout and fails without sending anything.
        var act = () => second.UpdateDisplayNameAsync("shared@example.com", new DisplayName { Name = "Second" });

        (await act.Should().ThrowAsync<DescopeRateLimitException>()).Which.RetryAfter.Should().BeGreaterThan(TimeSpan.Zero);
        emulator.Journal.Requests.Count(r => r.Path.Contains(UpdatePath, StringComparison.Ordinal)).Should().Be(3);
    }

    [Fact]
    public async Task A_refused_permit_waits_and_then_the_call_succeeds()
    {
        await using var emulator = await StartEmulatorAsync();
        var window = TimeSpan.FromSeconds(1);
        using var limits = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, emulator.ProjectId, Limits(permits: 2, window));
        using var client = Client(emulator, limits, TimeSpan.FromSeconds(30));

        for (var i = 0; i < 6; i++)
        {
            await client.UpdateDisplayNameAsync("shared@example.com", new DisplayName { Name = $"Name {i}" });
        }

        var updates = emulator.Journal.Requests.Where(r => r.Path.Contains(UpdatePath, StringComparison.Ordinal)).ToArray();
        updates.Length.Should().Be(6); // never the records themselves in a message: their headers carry the key
        updates.Select(r => r.StatusCode).Should().OnlyContain(status => status == 200);
        (await client.LoadAsync("shared@example.com")).Name.Should().Be("Name 5");

        // Permits 3 to 6 were refused at first: each waited until a window had passed since the permit it replaced.
        // Measured from the second on (the first call's permit is stamped before the limiter's one-time start-up work),
        // less 50 ms for differences in how long requests take to arrive; unpaced, all six arrive within milliseconds.
        var slack = TimeSpan.FromMilliseconds(50);
        (updates[3].ReceivedAt - updates[1].ReceivedAt).Should().BeGreaterThanOrEqualTo(window - slack);
        (updates[5].ReceivedAt - updates[3].ReceivedAt).Should().BeGreaterThanOrEqualTo(window - slack);
    }

    [Fact]
    public async Task UseRedisRateLimits_paces_an_AddDescopeUsers_client_with_budgets_keyed_by_the_project_id()
    {
        await using var emulator = await StartEmulatorAsync();
        var limits = Limits(permits: 2, TimeSpan.FromSeconds(60));
        var services = new ServiceCollection();
        services.AddDescopeUsers(options =>
        {
            emulator.ConfigureClient(options);
            options.TotalTimeout = TimeSpan.FromSeconds(1);
        }).UseRedisRateLimits(_redis.Endpoint, limits);

        await using (var provider = services.BuildServiceProvider())
        {
            var options = provider.GetRequiredService<IOptionsMonitor<DescopeUserClientOptions>>().CurrentValue;
            options.RateLimits!.UpdateAndSearch.Should().NotBeNull();
            options.RateLimits.Other.Should().BeNull("the limits leave that budget unpaced");
            var client = provider.GetRequiredService<IDescopeUserClient>();
            await client.UpdateDisplayNameAsync("shared@example.com", new DisplayName { Name = "One" });
            await client.UpdateDisplayNameAsync("shared@example.com", new DisplayName { Name = "Two" });
            await client.Invoking(c => c.UpdateDisplayNameAsync("shared@example.com", new DisplayName { Name = "Three" }))
                .Should().ThrowAsync<DescopeRateLimitException>();
        }

        // Another process of the same project, keyed by the same project ID, finds the budget spent.
        using var elsewhere = DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, emulator.ProjectId, limits);
        using var lease = await elsewhere.UpdateAndSearch!.AcquireAsync();
        lease.IsAcquired.Should().BeFalse();
        emulator.Journal.Requests.Count(r => r.Path.Contains(UpdatePath, StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void UseRedisRateLimits_refuses_a_builder_that_is_not_the_Descope_clients()
    {
        var services = new ServiceCollection();
        var other = services.AddHttpClient("someone-else");

        var act = () => other.UseRedisRateLimits("127.0.0.1:1");

        act.Should().Throw<ArgumentException>().WithParameterName("builder").WithMessage("*AddDescopeUsers*");
    }

    [Fact]
    public void Limits_that_admit_nothing_are_refused()
    {
        var act = () => DescopeRedisRateLimiters.ForDescopeBuckets(_redis.Connection, "P2x", new DescopeRedisLimits { Create = new DescopeRedisLimit(0, TimeSpan.FromSeconds(1)) });

        act.Should().Throw<ArgumentException>().WithParameterName("limits").WithMessage("*create*");
    }

    /// <summary>A project ID no other test uses, so each test has budgets of its own in the shared Redis.</summary>
    internal static string NewProjectId() => "P2Redis" + Guid.NewGuid().ToString("N")[..21];

    private static DescopeRedisLimits Limits(int permits, TimeSpan window) => new()
    {
        Create = new DescopeRedisLimit(permits, window),
        UpdateAndSearch = new DescopeRedisLimit(permits, window),
        Other = null,
        DelayAllowance = TimeSpan.Zero,
    };

    private static async Task<DescopeEmulator> StartEmulatorAsync()
    {
        var emulator = await DescopeEmulator.StartAsync(new DescopeEmulatorOptions { ProjectId = NewProjectId() });
        emulator.Store.Seed("shared@example.com");
        return emulator;
    }

    private static DescopeUserClient Client(DescopeEmulator emulator, DescopeBucketLimiters limits, TimeSpan totalTimeout)
    {
        var options = emulator.CreateClientOptions();
        options.RateLimits = limits;
        options.TotalTimeout = totalTimeout;
        return new DescopeUserClient(options);
    }
}
