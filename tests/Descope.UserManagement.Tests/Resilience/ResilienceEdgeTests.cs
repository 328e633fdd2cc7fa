using System.Net;
using System.Threading.RateLimiting;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Resilience;

/// <summary>The corners of the resilience pipeline: bodies under timeouts, absurd waits, pacing, the handshake's reach.</summary>
public sealed class ResilienceEdgeTests
{
    private const string StatusPath = "/v1/mgmt/user/update/status";

    [Fact]
    public async Task The_attempt_timeout_covers_an_answer_whose_body_stalls()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        using var client = new DescopeUserClient(options);
        await client.LoadAsync("alice");
        emulator.Faults.Inject(EmulatorFault.Respond(200, SampleUsers.UserAnswerJson) with { BodyShape = FaultBodyShape.Stalled });

        var call = client.ActivateAsync("alice");

        await call.Invoking(c => c.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<TimeoutException>()
            .WithMessage("Descope UpdateStatus did not complete within the attempt timeout of 00:00:00.3000000.");
    }

    [Theory]
    [InlineData(503, "5000000")]
    [InlineData(503, "2147483647")]
    [InlineData(429, "999999")]
    public async Task An_absurd_Retry_After_on_any_status_is_not_waited_out(int status, string retryAfter)
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new InstantTimeProvider();
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        options.Retry = new DescopeRetryOptions { MaxRetries = 3 };
        using var client = new DescopeUserClient(options);
        emulator.Faults.Inject(EmulatorFault.Status(status) with { Path = StatusPath, Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfter } });

        var error = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be((HttpStatusCode)status);
        clock.Waits.Should().BeEmpty();
        emulator.Journal.To(StatusPath).Should().ContainSingle();
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_remaining_total_time_returns_the_answer_instead_of_timing_out()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.TotalTimeout = TimeSpan.FromSeconds(20);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3 };
        using var client = new DescopeUserClient(options);
        emulator.Faults.Inject(EmulatorFault.Status(429) with { Path = StatusPath, RetryAfter = TimeSpan.FromSeconds(30) });

        var error = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();

        error.Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_Retry_After_above_the_cap_is_logged()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var logs = new FakeLogCollector();
        using var loggerFactory = FakeLogs.Factory(logs);
        var options = TestClients.Options(emulator);
        options.LoggerFactory = loggerFactory;
        options.Retry = new DescopeRetryOptions { MaxRetries = 3 };
        using var client = new DescopeUserClient(options);
        emulator.Faults.Inject(EmulatorFault.Status(429) with { Path = StatusPath, RetryAfter = TimeSpan.FromSeconds(90) });

        await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();

        logs.GetSnapshot().Should().ContainSingle(e => e.Id.Id == 1002).Which.Message
            .Should().Be("Descope UpdateStatus was rate limited with Retry-After 90 s, more than the 60 s the client waits; failing now");
    }

    [Fact]
    public async Task Waiting_for_a_permit_does_not_count_against_the_attempt_timeout()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1, Window = TimeSpan.FromMilliseconds(1), QueueLimit = 10, AutoReplenishment = false,
        });
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        options.Timeout = TimeSpan.FromMilliseconds(500);
        options.RateLimiter = limiter;
        using var client = new DescopeUserClient(options);

        await client.LoadAsync("alice");
        var queued = client.ActivateAsync("alice");
        await Task.Delay(50);
        clock.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        limiter.TryReplenish().Should().BeTrue();

        (await queued.WaitAsync(TimeSpan.FromSeconds(30))).Status.Should().Be(UserStatus.Enabled);
    }

    [Fact]
    public async Task An_attempt_the_limiter_refuses_counts_as_an_attempt_in_the_failure_log()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var logs = new FakeLogCollector();
        using var loggerFactory = FakeLogs.Factory(logs);
        using var limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1, Window = TimeSpan.FromHours(1), QueueLimit = 0, AutoReplenishment = false,
        });
        var options = TestClients.Options(emulator);
        options.LoggerFactory = loggerFactory;
        options.RateLimiter = limiter;
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var client = new DescopeUserClient(options);
        emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = StatusPath });

        await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeRateLimitException>();

        emulator.Journal.To(StatusPath).Should().HaveCount(1, "the second attempt had no permit, so nothing was sent");
        logs.GetSnapshot().Should().ContainSingle(e => e.Id.Id == 1001).Which.Message.Should().Contain("attempt 1 failed (HTTP 503)");
        logs.GetSnapshot().Should().ContainSingle(e => e.Id.Id == 1003).Which.Message.Should().EndWith("and 2 attempt(s)");
    }

    [Fact]
    public async Task A_concurrency_limiter_keeps_one_request_in_flight_until_its_answer_is_in()
    {
        var serverClock = new FakeTimeProvider();
        await using var emulator = await TestClients.StartEmulatorAsync(serverClock);
        TestClients.SeedAlice(emulator.Store);
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        var options = TestClients.Options(emulator);
        options.RateLimiter = limiter;
        using var client = new DescopeUserClient(options);
        await client.LoadAsync("alice");
        emulator.Faults.Inject(new EmulatorFault { Path = StatusPath, Delay = TimeSpan.FromSeconds(1), AfterApplying = true });

        var first = client.DeactivateAsync("alice");
        var second = client.ActivateAsync("alice");
        for (var i = 0; i < 200 && emulator.Journal.To(StatusPath).Count == 0; i++)
        {
            await Task.Delay(10);
        }

        await Task.Delay(100);
        emulator.Journal.To(StatusPath).Should().ContainSingle("the second call waits for the first one's permit");
        serverClock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        emulator.Journal.To(StatusPath).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_slow_handshake_holds_a_call_up_briefly_and_then_the_call_goes_without_the_header()
    {
        await using var emulator = await StartWithHangingHandshakeAsync();
        using var client = TestClients.For(emulator);

        var user = await client.LoadAsync("alice").WaitAsync(TimeSpan.FromSeconds(30));

        user.UserId.Should().Be(TestClients.AliceUserId);
        emulator.ManagementRequests().Single().Header("x-descope-license").Should().BeNull();
    }

    [Fact]
    public async Task Cancelling_while_the_handshake_runs_ends_the_call_at_once()
    {
        await using var emulator = await StartWithHangingHandshakeAsync();
        using var client = TestClients.For(emulator);
        using var cancellation = new CancellationTokenSource();

        var call = client.LoadAsync("alice", cancellation.Token);
        for (var i = 0; i < 200 && emulator.Journal.Count == 0; i++)
        {
            await Task.Delay(10);
        }

        await cancellation.CancelAsync();

        await call.Invoking(c => c.WaitAsync(TimeSpan.FromSeconds(1))).Should().ThrowAsync<OperationCanceledException>();
        emulator.ManagementRequests().Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancellation_from_below_the_client_is_a_transport_failure_and_retried()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var flaky = new CancelOnceHandler(StatusPath) { InnerHandler = new SocketsHttpHandler() };
        using var client = new DescopeUserClient(DescopeUserClient.CreateHttpClient(options, flaky), options);

        var user = await client.ActivateAsync("alice");

        user.Status.Should().Be(UserStatus.Enabled);
        flaky.Cancelled.Should().BeTrue();
        emulator.Journal.To(StatusPath).Should().ContainSingle("the cancelled attempt never reached the server");
    }

    [Fact]
    public async Task Cookies_the_server_sets_are_not_sent_back()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);
        emulator.Faults.Inject(EmulatorFault.Respond(200, SampleUsers.UserAnswerJson) with { Headers = new Dictionary<string, string> { ["Set-Cookie"] = "session=abc; Path=/" } });

        await client.LoadAsync("alice");
        await client.LoadAsync("alice");

        emulator.ManagementRequests().Should().OnlyContain(r => r.Header("Cookie") == null);
    }

    [Fact]
    public async Task A_huge_error_body_is_read_only_as_far_as_needed()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);
        emulator.Faults.Inject(EmulatorFault.Respond(502, "<html>" + new string('x', 10 * 1024 * 1024) + "</html>", "text/html"));

        var error = await client.Awaiting(c => c.LoadAsync("alice")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ResponseBodySnippet.Should().StartWith("<html>xxx").And.HaveLength(256);
    }

    [Fact]
    public async Task With_jitter_the_pipeline_waits_between_half_and_all_of_each_back_off()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var clock = new InstantTimeProvider();
        var options = TestClients.Options(emulator);
        options.TimeProvider = clock;
        options.Timeout = Timeout.InfiniteTimeSpan;
        options.TotalTimeout = Timeout.InfiniteTimeSpan;
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(1), UseJitter = true };
        using var client = new DescopeUserClient(options);
        emulator.Faults.InjectAlways(EmulatorFault.Status(503) with { Path = StatusPath });

        await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<DescopeApiException>();

        clock.Waits.Should().HaveCount(3);
        for (var i = 0; i < 3; i++)
        {
            var full = TimeSpan.FromSeconds(Math.Pow(2, i));
            clock.Waits[i].Should().BeGreaterThanOrEqualTo(full / 2).And.BeLessThanOrEqualTo(full);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-2)]
    public void Timeouts_outside_what_the_pipeline_accepts_are_refused_by_name(int milliseconds)
    {
        var act = () => new DescopeUserClient(new DescopeUserClientOptions { ProjectId = "P1", ManagementKey = "K1", Timeout = TimeSpan.FromMilliseconds(milliseconds) });

        act.Should().Throw<ArgumentException>().WithMessage("*Timeout must be between 10 ms and 24 hours*");
    }

    [Fact]
    public async Task The_total_timeout_is_named_when_it_fires_even_if_it_equals_the_attempt_timeout()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.Timeout = TimeSpan.FromMilliseconds(300);
        options.TotalTimeout = TimeSpan.FromMilliseconds(300);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        using var client = new DescopeUserClient(options);
        await client.LoadAsync("alice");
        emulator.Faults.InjectAlways(EmulatorFault.Status(200) with { Path = StatusPath, Delay = TimeSpan.FromSeconds(30) });

        var error = await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<TimeoutException>();

        error.Which.Message.Should().Contain("timeout of 00:00:00.3000000");
    }

    // An emulator (on a clock that never moves) whose license handshake answers only after an hour.
    private static async Task<DescopeEmulator> StartWithHangingHandshakeAsync()
    {
        var emulator = await TestClients.StartEmulatorAsync(new FakeTimeProvider());
        TestClients.SeedAlice(emulator.Store);
        emulator.Faults.Inject(EmulatorFault.Status(200) with { Path = EmulatorFault.LicensePath, Delay = TimeSpan.FromHours(1) });
        return emulator;
    }

    /// <summary>Cancels the first request to one path itself, as a handler with its own connect timeout would.</summary>
    private sealed class CancelOnceHandler(string path) : DelegatingHandler
    {
        public bool Cancelled { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!Cancelled && request.RequestUri!.AbsolutePath == path)
            {
                Cancelled = true;
                throw new TaskCanceledException("connect timed out");
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
