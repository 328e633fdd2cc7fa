using System.Net;
using System.Threading.RateLimiting;
using Descope.UserManagement.Http;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Resilience;

public sealed class RetryBehaviourTests
{
    private static DescopeUserClient ClientOn(DescopeEmulator emulator, TimeProvider clock, Action<DescopeUserClientOptions>? configure = null)
    {
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, UseJitter = false };

        // On a clock where every wait ends at once, a timeout would fire at once too: leave them off here.
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        configure?.Invoke(options);
        return new DescopeUserClient(options);
    }

    [Fact]
    public async Task Retry_After_in_seconds_is_waited_out_exactly()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new InstantTimeProvider();
        using var client = ClientOn(emulator, clock);
        emulator.Faults.Inject(EmulatorFault.Status(429) with { RetryAfter = TimeSpan.FromSeconds(7) });

        await client.ActivateAsync("alice");

        clock.Waits.Should().Equal(TimeSpan.FromSeconds(7));
        emulator.Journal.To("/v1/mgmt/user/update/status").Should().HaveCount(2);
    }

    [Fact]
    public async Task Retry_After_as_a_date_is_waited_out_from_the_servers_clock()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new InstantTimeProvider();
        using var client = ClientOn(emulator, clock);
        var serverNow = DateTimeOffset.UtcNow;
        emulator.Faults.Inject(EmulatorFault.Status(429) with
        {
            Headers = new Dictionary<string, string> { ["Date"] = serverNow.ToString("R"), ["Retry-After"] = serverNow.AddSeconds(30).ToString("R") },
        });

        await client.ActivateAsync("alice");

        clock.Waits.Should().Equal(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_Retry_After_above_the_cap_fails_at_once_with_the_wait_on_the_exception()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new InstantTimeProvider();
        using var client = ClientOn(emulator, clock, o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(60));
        emulator.Faults.Inject(EmulatorFault.Status(429) with { RetryAfter = TimeSpan.FromSeconds(120) });

        var error = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();

        error.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
        clock.Waits.Should().BeEmpty("the client must not sleep");
        emulator.Journal.To("/v1/mgmt/user/update/status").Should().HaveCount(1);
    }

    [Fact]
    public async Task Without_Retry_After_the_back_off_doubles_up_to_the_maximum()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new InstantTimeProvider();
        using var client = ClientOn(emulator, clock, o => o.Retry = new DescopeRetryOptions
        {
            MaxRetries = 4, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5), UseJitter = false,
        });
        emulator.Faults.InjectAlways(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/update/status" });

        await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeApiException>();

        clock.Waits.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Jitter_keeps_each_wait_between_half_and_all_of_the_back_off()
    {
        var schedule = new BackoffSchedule(new DescopeRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8) }, new Random(1234));

        for (var retry = 0; retry < 6; retry++)
        {
            var full = TimeSpan.FromSeconds(Math.Min(8, Math.Pow(2, retry)));
            var samples = Enumerable.Range(0, 2000).Select(_ => schedule.Delay(retry, retryAfter: null)).ToArray();

            samples.Should().OnlyContain(d => d >= full / 2 && d <= full);
            samples.Distinct().Count().Should().BeGreaterThan(100, "the waits are spread out, not all alike");
        }
    }

    [Fact]
    public async Task Cancelling_during_a_back_off_wait_ends_the_call_with_OperationCanceledException()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new FakeTimeProvider();
        using var client = ClientOn(emulator, clock);
        emulator.Faults.InjectAlways(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/update/status" });
        using var cancellation = new CancellationTokenSource();

        var call = client.ActivateAsync("alice", cancellation.Token);
        for (var i = 0; i < 500 && emulator.Journal.To("/v1/mgmt/user/update/status").Count == 0; i++)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();

        // The clock never moves: only the cancellation can end the wait.
        await call.Invoking(c => c.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<OperationCanceledException>();
        emulator.Journal.To("/v1/mgmt/user/update/status").Should().HaveCount(1);
    }

    [Fact]
    public async Task A_call_that_runs_past_the_total_timeout_ends_with_TimeoutException()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.TotalTimeout = TimeSpan.FromMilliseconds(300);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var client = new DescopeUserClient(options);
        emulator.Faults.InjectAlways(EmulatorFault.Status(200) with { Path = "/v1/mgmt/user/update/status", Delay = TimeSpan.FromSeconds(30) });

        var error = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<TimeoutException>();

        error.Which.Message.Should().Be("Descope UpdateStatus did not complete within the total timeout of 00:00:00.3000000.");
    }

    [Fact]
    public async Task Every_retry_sends_a_fresh_request_with_the_same_body_and_headers()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = ClientOn(emulator, new InstantTimeProvider());
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = "/v1/mgmt/user/update/email" }, times: 2);

        await client.UpdateEmailAsync("alice", "new@example.com", verified: true);

        var attempts = emulator.Journal.To("/v1/mgmt/user/update/email");
        attempts.Should().HaveCount(3);
        attempts.Select(a => a.Body).Distinct().Should().ContainSingle().Which.Should().Be("""{"loginId":"alice","email":"new@example.com","verified":true,"failOnConflict":false}""");
        attempts.Should().OnlyContain(a => a.Header("Authorization") == $"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}"
            && a.Header("Content-Type") == "application/json" && a.Header("x-descope-license") == "tier2");
    }

    [Fact]
    public async Task Two_hundred_concurrent_calls_each_get_their_own_answer()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        for (var i = 0; i < 200; i++)
        {
            emulator.Store.Seed($"user-{i}@example.com");
        }

        using var client = new DescopeUserClient(TestClients.Options(emulator));

        var users = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => client.PatchAsync($"user-{i}@example.com", new UserPatch { Name = $"User {i}" })));

        for (var i = 0; i < 200; i++)
        {
            users[i].LoginIds.Should().Equal($"user-{i}@example.com");
            users[i].Name.Should().Be($"User {i}");
        }
    }

    [Fact]
    public async Task The_client_side_limiter_queues_calls_and_sends_nothing_it_has_no_permit_for()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            // Replenished only when the test says so (the window is long past by then).
            PermitLimit = 1, Window = TimeSpan.FromMilliseconds(1), QueueLimit = 10, AutoReplenishment = false,
        });
        using var client = ClientOn(emulator, TimeProvider.System, o => o.RateLimiter = limiter);

        await client.LoadAsync("alice");
        var queued = client.ActivateAsync("alice");
        await Task.Delay(100);

        queued.IsCompleted.Should().BeFalse("the window's one permit went to the load");
        emulator.Journal.To("/v1/mgmt/user/update/status").Should().BeEmpty();
        limiter.TryReplenish().Should().BeTrue();
        (await queued.WaitAsync(TimeSpan.FromSeconds(30))).Status.Should().Be(UserStatus.Enabled);
    }

    [Fact]
    public async Task A_limiter_that_refuses_for_longer_than_the_total_timeout_fails_the_call_as_a_client_side_rate_limit()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1, Window = TimeSpan.FromHours(1), QueueLimit = 0, AutoReplenishment = false,
        });
        using var client = ClientOn(emulator, TimeProvider.System, o =>
        {
            o.RateLimiter = limiter;
            o.TotalTimeout = TimeSpan.FromSeconds(100); // the limiter's RetryAfter (the hour left of its window) outlasts it
        });

        await client.LoadAsync("alice");
        var error = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();

        error.Which.ErrorDescription.Should().Contain("client-side rate limiter");
        emulator.Journal.To("/v1/mgmt/user/update/status").Should().BeEmpty();
    }

    [Fact]
    public void The_Descope_presets_are_the_published_limits()
    {
        using var updates = DescopeRateLimiters.UserUpdates();
        using var creates = DescopeRateLimiters.UserCreates();
        using var sdk = DescopeRateLimiters.BackendSdk();

        Acquirable(updates).Should().Be(200);
        Acquirable(creates).Should().Be(100);
        Acquirable(sdk).Should().Be(1000);

        static int Acquirable(RateLimiter limiter)
        {
            var count = 0;
            while (count < 5000)
            {
                using var lease = limiter.AttemptAcquire();
                if (!lease.IsAcquired)
                {
                    break;
                }

                count++;
            }

            return count;
        }
    }
}
