using System.Net;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Resilience;

/// <summary>
/// What a once-only operation (docs/wire-contract.md §4.2) reports when it may have been carried out:
/// <see cref="DescopeOutcomeUnknownException"/> with what happened inside, and only then; a call whose copies all
/// certainly missed the server fails as it is.
/// </summary>
public sealed class OutcomeUnknownTests
{
    [Fact]
    public async Task A_dropped_connection_on_create_says_the_user_may_exist_and_carries_the_transport_failure()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = RetryingClient(emulator);
        await client.LoadAsync("alice");
        emulator.Faults.Inject(EmulatorFault.Drop() with { AfterApplying = true, Path = "/v1/mgmt/user/create" });

        var error = await client.Awaiting(c => c.CreateAsync("carol", new UserCreate())).Should().ThrowAsync<DescopeOutcomeUnknownException>();

        error.Which.Operation.Should().Be("Create");
        error.Which.ResponseStatusCode.Should().BeNull();
        error.Which.StatusCode.Should().Be((HttpStatusCode)0);
        error.Which.InnerException.Should().BeOfType<HttpRequestException>();
        error.Which.Message.Should().Be(
            "Descope Create may have been applied: the connection failed before an answer came, and a second copy was not sent because it could act twice. Load the user to find out.");
        emulator.Journal.To("/v1/mgmt/user/create").Should().ContainSingle();
        (await client.LoadAsync("carol")).LoginIds.Should().Equal("carol");
    }

    [Fact]
    public async Task A_once_only_call_that_runs_out_of_time_waiting_after_a_429_is_a_plain_timeout()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        options.TotalTimeout = TimeSpan.FromMilliseconds(500);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromSeconds(30), UseJitter = false };
        using var client = new DescopeUserClient(options);
        await client.LoadAsync("alice");
        emulator.Faults.InjectAlways(EmulatorFault.Status(429) with { Path = "/v1/mgmt/user/create" });

        var error = await client.Awaiting(c => c.CreateAsync("carol", new UserCreate())).Should().ThrowAsync<Exception>();

        error.Which.Should().BeOfType<TimeoutException>("the only copy sent was refused before anything happened, so nothing can have been created");
        emulator.Store.Find("carol").Should().BeNull();
    }

    [Fact]
    public async Task Without_the_SDK_handlers_a_timeout_of_the_callers_HttpClient_on_create_is_an_unknown_outcome()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(300) };
        using var client = new DescopeUserClient(http, TestClients.Options(emulator));
        emulator.Faults.Inject(EmulatorFault.Status(200) with { Path = "/v1/mgmt/user/create", Delay = TimeSpan.FromSeconds(20) });

        var error = await client.Awaiting(c => c.CreateAsync("carol", new UserCreate())).Should().ThrowAsync<DescopeOutcomeUnknownException>();

        error.Which.InnerException.Should().BeAssignableTo<OperationCanceledException>();
    }

    [Fact]
    public async Task The_callers_cancellation_of_a_create_stays_a_cancellation()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = RetryingClient(emulator);
        await client.LoadAsync("alice");
        emulator.Faults.Inject(EmulatorFault.Status(200) with { Path = "/v1/mgmt/user/create", Delay = TimeSpan.FromSeconds(20) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await client.Awaiting(c => c.CreateAsync("carol", new UserCreate(), cancellation.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_4xx_answer_to_create_is_a_plain_error_because_it_settles_the_outcome()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = RetryingClient(emulator);

        var error = await client.Awaiting(c => c.CreateAsync("alice", new UserCreate())).Should().ThrowAsync<DescopeApiException>();

        error.Which.Should().NotBeOfType<DescopeOutcomeUnknownException>();
        error.Which.ErrorCode.Should().Be("E062107");
    }

    private static DescopeUserClient RetryingClient(DescopeEmulator emulator)
    {
        var options = TestClients.Options(emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), UseJitter = false };
        return new DescopeUserClient(options);
    }
}
