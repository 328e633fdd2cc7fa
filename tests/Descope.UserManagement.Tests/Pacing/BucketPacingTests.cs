using System.Threading.RateLimiting;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Pacing;

/// <summary>Each call is charged to the limiter of the Descope budget it draws on (docs/wire-contract.md §5).</summary>
public sealed class BucketPacingTests
{
    private static readonly string[] CreateRows = ["Create", "CreateTestUser"];

    [Fact]
    public void Every_row_is_charged_to_its_Descope_bucket()
    {
        foreach (var row in DescopeOperations.All)
        {
            var expected = CreateRows.Contains(row.Name) || row.Path.StartsWith("/v1/mgmt/user/create", StringComparison.Ordinal) ? RateLimitBucket.Create
                : row.Path.Contains("/mgmt/user/update", StringComparison.Ordinal) || row.Name is "Patch" or "PatchBatch" or "Search" or "SearchTestUsers" ? RateLimitBucket.UpdateAndSearch
                : RateLimitBucket.Other;
            row.Bucket.Should().Be(expected, "{0} is {1} {2}", row.Name, row.Method, row.Path);
        }

        DescopeOperations.Create.Bucket.Should().Be(RateLimitBucket.Create);
        DescopeOperations.PatchBatch.Bucket.Should().Be(RateLimitBucket.UpdateAndSearch);
        DescopeOperations.Search.Bucket.Should().Be(RateLimitBucket.UpdateAndSearch);
        DescopeOperations.Load.Bucket.Should().Be(RateLimitBucket.Other);
        DescopeOperations.LoadUsers.Bucket.Should().Be(RateLimitBucket.Other);
    }

    [Fact]
    public async Task Each_call_takes_a_permit_of_its_own_bucket_only()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limits = new DescopeBucketLimiters { Create = new ScriptedRateLimiter(), UpdateAndSearch = new ScriptedRateLimiter(), Other = new ScriptedRateLimiter() };
        var options = TestClients.Options(emulator);
        options.RateLimits = limits;
        using var client = new DescopeUserClient(options);

        await client.CreateAsync("bob@example.com", new UserCreate());
        await client.UpdateEmailAsync("alice", "alice2@example.com");
        await client.SearchAsync(new UserSearch());
        await client.LoadAsync("alice");
        await client.LoadAsync("bob@example.com");

        ((ScriptedRateLimiter)limits.Create).Granted.Should().Be(1);
        ((ScriptedRateLimiter)limits.UpdateAndSearch).Granted.Should().Be(2);
        ((ScriptedRateLimiter)limits.Other).Granted.Should().Be(2);
    }

    [Fact]
    public async Task An_exhausted_create_budget_does_not_hold_up_updates()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limits = DescopeRateLimiters.ForDescopeBuckets();
        limits.Create!.Dispose();
        limits.Create = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = TimeSpan.FromHours(1), QueueLimit = 10, AutoReplenishment = false });
        var options = TestClients.Options(emulator);
        options.RateLimits = limits;
        using var client = new DescopeUserClient(options);

        await client.CreateAsync("bob@example.com", new UserCreate());
        var queuedCreate = client.CreateAsync("carol@example.com", new UserCreate());
        var update = await client.UpdateDisplayNameAsync("alice", new DisplayName { Name = "Alice L." }).WaitAsync(TimeSpan.FromSeconds(30));

        update.Name.Should().Be("Alice L.");
        queuedCreate.IsCompleted.Should().BeFalse("the create budget's one permit is spent");
        emulator.Journal.To("/v1/mgmt/user/create").Should().ContainSingle();
    }

    [Fact]
    public async Task A_client_wide_limiter_and_the_bucket_limiters_both_pace_a_call()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var shared = new ScriptedRateLimiter();
        using var limits = new DescopeBucketLimiters { UpdateAndSearch = new ScriptedRateLimiter() };
        var options = TestClients.Options(emulator);
        options.RateLimiter = shared;
        options.RateLimits = limits;
        using var client = new DescopeUserClient(options);

        await client.ActivateAsync("alice");
        await client.LoadAsync("alice");

        shared.Granted.Should().Be(2);
        ((ScriptedRateLimiter)limits.UpdateAndSearch).Granted.Should().Be(1);
        options.ToString().Should().Contain("RateLimits = (Create = none, UpdateAndSearch = set, Other = none)");
    }
}
