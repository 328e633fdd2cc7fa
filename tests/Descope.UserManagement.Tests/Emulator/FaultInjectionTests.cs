using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Each fault answers exactly what it promises: status, headers, body, delay, or a dropped connection.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new();
    private DescopeEmulator _emulator = null!;
    private HttpClient _raw = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartEmulatorAsync(_clock);
        TestClients.SeedAlice(_emulator.Store);
        _raw = new HttpClient { BaseAddress = _emulator.BaseUrl };
        _raw.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"{TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    public async Task DisposeAsync()
    {
        _raw.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_status_fault_answers_that_status_with_a_Descope_body_and_Retry_After_for_the_next_n_requests_only()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(503) with { RetryAfter = TimeSpan.FromSeconds(7) }, times: 2);

        using var first = await PostStatusAsync();
        using var second = await PostStatusAsync();
        using var third = await PostStatusAsync();

        first.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        first.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        (await first.Content.ReadAsStringAsync()).Should().Be("""{"errorCode":"E000503","errorDescription":"Service Unavailable","errorMessage":"Injected by the emulator."}""");
        second.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        third.StatusCode.Should().Be(HttpStatusCode.OK);
        _emulator.Faults.Pending.Should().Be(0);
        _emulator.Store.Find("alice")!.Status.Should().Be(UserStatus.Disabled, "only the third request reached the store");
    }

    [Fact]
    public async Task A_429_fault_carries_E130429_and_a_Retry_After_date_with_a_matching_Date_header()
    {
        var until = _clock.GetUtcNow().AddSeconds(30);
        _emulator.Faults.Inject(EmulatorFault.Status(429) with { RetryAfterDate = until });

        using var response = await PostStatusAsync();

        response.StatusCode.Should().Be((HttpStatusCode)429);
        response.Headers.Date.Should().Be(_clock.GetUtcNow());
        response.Headers.RetryAfter!.Date.Should().Be(until);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"E130429\"");
    }

    [Fact]
    public async Task A_path_filter_leaves_other_paths_alone()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(500) with { Path = "/v1/mgmt/user/update/email" });

        using var other = await PostStatusAsync();
        using var matching = await _raw.PostAsync("/v1/mgmt/user/update/email", Json("""{"loginId":"alice","email":""}"""));

        other.StatusCode.Should().Be(HttpStatusCode.OK);
        matching.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task Truncated_not_json_and_empty_bodies_are_what_they_say()
    {
        _emulator.Faults.Inject(EmulatorFault.Respond(200, """{"user":{"userId":"U1"}}""") with { BodyShape = FaultBodyShape.Truncated });
        _emulator.Faults.Inject(EmulatorFault.Status(502) with { BodyShape = FaultBodyShape.NotJson });
        _emulator.Faults.Inject(EmulatorFault.Status(504) with { BodyShape = FaultBodyShape.Empty });

        using var truncated = await PostStatusAsync();
        using var html = await PostStatusAsync();
        using var empty = await PostStatusAsync();

        (await truncated.Content.ReadAsStringAsync()).Should().Be("""{"user":{"us""");
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await html.Content.ReadAsStringAsync()).Should().Be("<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>");
        empty.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        (await empty.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_dropped_connection_gives_no_answer_and_leaves_the_store_alone()
    {
        _emulator.Faults.Inject(EmulatorFault.Drop());

        await _raw.Awaiting(r => r.PostAsync("/v1/mgmt/user/update/status", Json("""{"loginId":"alice","status":"disabled"}""")))
            .Should().ThrowAsync<HttpRequestException>();

        _emulator.Store.Find("alice")!.Status.Should().Be(UserStatus.Enabled);
    }

    [Fact]
    public async Task A_drop_after_applying_changes_the_store_but_loses_the_answer()
    {
        _emulator.Faults.Inject(EmulatorFault.Drop() with { AfterApplying = true, Path = "/v1/mgmt/user/update/loginid" });
        using var client = TestClients.For(_emulator);

        var error = await client.Awaiting(c => c.UpdateLoginIdAsync("alice", "alice.l")).Should().ThrowAsync<DescopeOutcomeUnknownException>();

        error.Which.InnerException.Should().BeOfType<HttpRequestException>();

        _emulator.Store.Find("alice.l").Should().NotBeNull("the server applied the change before the connection dropped");
        _emulator.Store.Find("alice").Should().BeNull();
    }

    [Fact]
    public async Task A_truncated_answer_after_applying_spoils_the_real_answer()
    {
        _emulator.Faults.Inject(new EmulatorFault { AfterApplying = true, BodyShape = FaultBodyShape.Truncated });

        using var response = await PostStatusAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK, "an unset status means the real answer's");

        var body = await response.Content.ReadAsStringAsync();
        body.Should().StartWith("""{"user":{""");
        body.Length.Should().BeLessThan(300);
        _emulator.Store.Find("alice")!.Status.Should().Be(UserStatus.Disabled);
    }

    [Fact]
    public async Task A_status_after_applying_replaces_the_real_answer_with_an_error_body()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(502) with { AfterApplying = true });

        using var response = await PostStatusAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"E000502\"");
        _emulator.Store.Find("alice")!.Status.Should().Be(UserStatus.Disabled, "the request was carried out first");
    }

    [Fact]
    public async Task A_delay_holds_the_answer_until_the_clock_passes_it()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(503) with { Delay = TimeSpan.FromSeconds(10) });

        var pending = PostStatusAsync();
        await WaitUntilAsync(() => _emulator.ManagementRequests().Count == 1);
        await Task.Delay(50);
        pending.IsCompleted.Should().BeFalse("the emulator's clock has not moved");
        _clock.Advance(TimeSpan.FromSeconds(10));
        using var response = await pending;

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Endless_faults_last_until_cleared()
    {
        _emulator.Faults.InjectAlways(EmulatorFault.Status(500));

        for (var i = 0; i < 3; i++)
        {
            using var failing = await PostStatusAsync();
            failing.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        }

        _emulator.Faults.Clear();
        using var ok = await PostStatusAsync();
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_journal_records_method_path_query_headers_and_body()
    {
        using var client = TestClients.For(_emulator);

        await client.LoadAsync("alice");
        await client.DeactivateAsync("alice");

        var requests = _emulator.Journal.Requests;
        requests.Select(r => r.ToString()).Should().Equal("GET /v1/mgmt/license", "GET /v1/mgmt/user?loginId=alice", "POST /v1/mgmt/user/update/status");
        requests[2].Header("authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        requests[2].Body.Should().Be("""{"loginId":"alice","status":"disabled"}""");
        _emulator.Journal.To("/v1/mgmt/user").Should().ContainSingle();
        _emulator.Journal.Clear();
        _emulator.Journal.Count.Should().Be(0);
    }

    private Task<HttpResponseMessage> PostStatusAsync() =>
        _raw.PostAsync("/v1/mgmt/user/update/status", Json("""{"loginId":"alice","status":"disabled"}"""));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }
}
