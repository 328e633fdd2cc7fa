using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Pacing;

/// <summary>
/// A limiter without a queue (a distributed one) refuses at once and says when to come back: the call waits that
/// long on the options' clock and asks again, and fails only when the total time is spent.
/// </summary>
public sealed class RefusedPermitTests
{
    private const string StatusPath = "/v1/mgmt/user/update/status";

    [Fact]
    public async Task A_refused_permit_waits_the_limiters_RetryAfter_and_asks_again()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new ScriptedRateLimiter { RefuseNext = 2, RetryAfter = TimeSpan.FromSeconds(5) };
        using var client = ClientWith(emulator, clock, limiter);

        var call = client.ActivateAsync("alice");
        await Until(() => limiter.Refused == 1);
        clock.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(50);
        limiter.Refused.Should().Be(1, "the limiter asked for 5 s");
        clock.Advance(TimeSpan.FromSeconds(1));
        await Until(() => limiter.Refused == 2);
        emulator.Journal.To(StatusPath).Should().BeEmpty("nothing is sent without a permit");
        clock.Advance(TimeSpan.FromSeconds(5));

        (await call.WaitAsync(TimeSpan.FromSeconds(30))).Status.Should().Be(UserStatus.Enabled);
        limiter.Granted.Should().Be(1);
        emulator.Journal.To(StatusPath).Should().ContainSingle();
    }

    [Fact]
    public async Task A_refused_permit_fails_only_when_the_next_wait_would_outlast_the_total_timeout()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new ScriptedRateLimiter { RefuseAll = true, RetryAfter = TimeSpan.FromSeconds(30) };
        using var client = ClientWith(emulator, clock, limiter);

        var call = client.ActivateAsync("alice");
        for (var refusal = 1; refusal <= 3; refusal++)
        {
            await Until(() => limiter.Refused == refusal);
            call.IsCompleted.Should().BeFalse("{0} s of the 100 s total are spent", (refusal - 1) * 30);
            clock.Advance(TimeSpan.FromSeconds(30));
        }

        var error = await call.Awaiting(c => c.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<DescopeRateLimitException>();
        error.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        error.Which.ErrorDescription.Should().Contain("client-side rate limiter");
        limiter.Refused.Should().Be(4, "at 90 s a 30 s wait would outlast the 100 s total timeout");
        emulator.Journal.To(StatusPath).Should().BeEmpty();
    }

    [Fact]
    public async Task A_refusal_without_RetryAfter_waits_the_retry_back_off()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new ScriptedRateLimiter { RefuseNext = 1 };
        using var client = ClientWith(emulator, clock, limiter);

        var call = client.ActivateAsync("alice");
        await Until(() => limiter.Refused == 1);
        clock.Advance(TimeSpan.FromSeconds(2));

        (await call.WaitAsync(TimeSpan.FromSeconds(30))).Status.Should().Be(UserStatus.Enabled);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_a_permit_ends_the_call_at_once()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new ScriptedRateLimiter { RefuseAll = true, RetryAfter = TimeSpan.FromSeconds(30) };
        using var client = ClientWith(emulator, clock, limiter);
        using var cancel = new CancellationTokenSource();

        var call = client.ActivateAsync("alice", cancel.Token);
        await Until(() => limiter.Refused == 1);
        await cancel.CancelAsync();

        await call.Awaiting(c => c.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<OperationCanceledException>();
        emulator.Journal.To(StatusPath).Should().BeEmpty();
    }

    [Fact]
    public async Task A_refusing_bucket_limiter_waits_like_the_client_wide_one()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limits = new DescopeBucketLimiters { UpdateAndSearch = new ScriptedRateLimiter { RefuseNext = 1, RetryAfter = TimeSpan.FromSeconds(3) } };
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        options.RateLimits = limits;
        using var client = new DescopeUserClient(options);

        var call = client.ActivateAsync("alice");
        await Until(() => ((ScriptedRateLimiter)limits.UpdateAndSearch).Refused == 1);
        clock.Advance(TimeSpan.FromSeconds(3));

        (await call.WaitAsync(TimeSpan.FromSeconds(30))).Status.Should().Be(UserStatus.Enabled);
    }

    private static DescopeUserClient ClientWith(Testing.DescopeEmulator emulator, FakeTimeProvider clock, ScriptedRateLimiter limiter)
    {
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        options.RateLimiter = limiter;
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(1), UseJitter = false };
        return new DescopeUserClient(options);
    }

    // Real time passes only for the client's tasks to reach their next wait on the fake clock.
    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue("the client should have got there within 30 s");
    }
}
