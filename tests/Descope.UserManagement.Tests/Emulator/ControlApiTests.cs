using System.Net;
using System.Text.Json;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Testing.Control;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>
/// The control API under /emulator/ that the descope-emulator tool serves, driven over HTTP as a test in another
/// language would: reset and seed, users, journal, faults and rate limits, behind the emulator's own key.
/// </summary>
public sealed class ControlApiTests : IAsyncLifetime
{
    private const string StartingSeed = """
        {
          "tenants": { "T1": "Acme" },
          "roles": ["admin", "viewer"],
          "attributes": [{ "name": "plan", "type": "singleSelect", "options": ["free", "gold"] }],
          "users": [
            { "loginIds": ["alice@example.com"], "userId": "U2alice", "name": "Alice", "roleNames": ["viewer"],
              "userTenants": [{ "tenantId": "T1", "roleNames": ["admin"] }], "customAttributes": { "plan": "gold" } }
          ]
        }
        """;

    private DescopeEmulator _emulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _emulator = await DescopeEmulator.StartAsync(new DescopeEmulatorOptions
        {
            ProjectId = TestClients.ProjectId, ManagementKey = TestClients.ManagementKey, ControlApi = true, Seed = EmulatorSeed.Parse(StartingSeed),
        });
        _http = RawRequests.Client(_emulator);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_starting_seed_is_served_with_tenant_names()
    {
        var users = await _http.OkAsync("GET", "/emulator/users");

        users.GetProperty("total").GetInt32().Should().Be(1);
        var alice = users.GetProperty("users")[0];
        alice.GetProperty("userId").GetString().Should().Be("U2alice");
        alice.GetProperty("status").GetString().Should().Be("enabled");
        alice.GetProperty("userTenants")[0].GetProperty("tenantName").GetString().Should().Be("Acme");
        (await _http.OkAsync("GET", "/emulator/users/ALICE@example.com")).GetProperty("user").GetProperty("name").GetString().Should().Be("Alice");
        (await _http.SendAsync("GET", "/emulator/users/nobody")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reset_forgets_users_journal_faults_and_limits_and_applies_the_starting_seed_again()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/create", """{"loginId":"bob"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/delete", """{"loginId":"alice@example.com"}""");
        await _http.OkAsync("POST", "/emulator/faults", """{"statusCode":500,"always":true,"path":"/v1/mgmt/user/update/name"}""");
        await _http.OkAsync("POST", "/emulator/rate-limits", """{"preset":"backendSdk"}""");

        await _http.OkAsync("POST", "/emulator/reset");

        _emulator.Store.Users.Select(u => u.UserId).Should().Equal("U2alice");
        _emulator.Journal.Count.Should().Be(0, "control requests are not journaled and reset empties the journal");
        _emulator.Faults.Pending.Should().Be(0);
        _emulator.RateLimits.Should().BeEmpty();
    }

    [Fact]
    public async Task Seed_adds_users_and_tenants_and_answers_them_as_stored()
    {
        var seeded = await _http.OkAsync("POST", "/emulator/seed", """
            { "tenants": { "T2": "Globex" }, "users": [{ "loginIds": ["bob"], "userTenants": [{ "tenantId": "T2" }], "test": true }] }
            """);

        seeded.GetProperty("users")[0].GetProperty("userTenants")[0].GetProperty("tenantName").GetString().Should().Be("Globex");
        _emulator.Store.Find("bob")!.Test.Should().BeTrue();
        _emulator.Store.Users.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_seed_that_does_not_fit_is_refused_whole_with_every_problem()
    {
        var (status, body) = await _http.SendAsync("POST", "/emulator/seed", """
            { "users": [
                { "loginIds": ["carol"], "roleNames": ["admn"], "customAttributes": { "plan": "platinum" }, "emial": "c@example.com" },
                { "loginIds": ["alice@example.com"] }
            ], "tenant": {} }
            """);

        status.Should().Be(HttpStatusCode.BadRequest);
        Problems(body).Should().BeEquivalentTo(
            "tenant: not a seed key; the keys are tenants, roles, attributes and users.",
            "users[0].emial: not a field of Descope's user object.",
            "users[0].roleNames: 'admn' is not among the seed's roles.",
            "users[0].customAttributes.plan: \"platinum\" does not fit 'plan', a singleSelect attribute (free, gold).");
        _emulator.Store.Find("carol").Should().BeNull();

        var (takenStatus, taken) = await _http.SendAsync("POST", "/emulator/seed", """{ "users": [{ "loginIds": ["Alice@Example.com"] }] }""");
        takenStatus.Should().Be(HttpStatusCode.BadRequest);
        Problems(taken).Should().Equal("users[0]: 'Alice@Example.com' already belongs to a user in the emulator.");
    }

    [Fact]
    public async Task The_journal_shows_each_request_with_its_unused_keys_and_without_the_key()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/update/name", """{"identifier":"alice@example.com","displayName":"Al","nickname":"A"}""");

        var journal = await _http.OkAsync("GET", "/emulator/journal");

        var request = journal.GetProperty("requests").EnumerateArray().Should().ContainSingle().Subject;
        request.GetProperty("path").GetString().Should().Be("/v1/mgmt/user/update/name");
        request.GetProperty("unusedKeys").EnumerateArray().Select(k => k.GetString()).Should().Equal("nickname");
        request.GetProperty("headers").EnumerateObject().Select(h => h.Name).Should().NotContain(name => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        journal.ToString().Should().NotContain(TestClients.ManagementKey);

        await _http.OkAsync("DELETE", "/emulator/journal");
        (await _http.OkAsync("GET", "/emulator/journal")).GetProperty("requests").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Faults_answer_the_next_requests_then_stop()
    {
        await _http.OkAsync("POST", "/emulator/faults", """{"statusCode":503,"times":2,"retryAfterSeconds":3,"path":"/v1/mgmt/user/update/status"}""");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await _http.SendAsync("POST", "/v1/mgmt/user/update/status", """{"loginId":"alice@example.com","status":"disabled"}""")).Status);
        }

        statuses.Should().Equal(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        await _http.OkAsync("POST", "/emulator/faults", """{"bodyShape":"notJson","always":true}""");
        await _http.OkAsync("DELETE", "/emulator/faults");
        _emulator.Faults.Pending.Should().Be(0);
    }

    [Theory]
    [InlineData("""{"statusCode":503,"retryAfter":3}""")]
    [InlineData("""{"bodyShape":"mangled"}""")]
    [InlineData("""{"times":0}""")]
    [InlineData("""{"times":2,"always":true}""")]
    [InlineData("""[1]""")]
    public async Task A_fault_the_api_cannot_use_is_refused(string body)
    {
        var (status, answer) = await _http.SendAsync("POST", "/emulator/faults", body);

        status.Should().Be(HttpStatusCode.BadRequest);
        answer.GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        _emulator.Faults.Pending.Should().Be(0);
    }

    [Fact]
    public async Task Rate_limits_answer_429_with_Retry_After_like_Descope()
    {
        await _http.OkAsync("POST", "/emulator/rate-limits", """{"name":"tiny","permitLimit":1,"windowSeconds":60,"pathPrefix":"/v1/mgmt/user/update"}""");

        await _http.OkAsync("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice@example.com","name":"A"}""");
        var (status, body) = await _http.SendAsync("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice@example.com","name":"B"}""");
        await _http.OkAsync("GET", "/v1/mgmt/user?loginId=alice@example.com");

        status.Should().Be(HttpStatusCode.TooManyRequests);
        body.GetProperty("errorCode").GetString().Should().Be("E130429");
        await _http.OkAsync("DELETE", "/emulator/rate-limits");
        await _http.OkAsync("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice@example.com","name":"C"}""");
        (await _http.SendAsync("POST", "/emulator/rate-limits", """{"preset":"everything"}""")).Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_control_api_takes_only_the_emulators_own_key()
    {
        using var stranger = RawRequests.Client(_emulator.BaseUrl, TestClients.ProjectId, "not-the-key");

        var (status, body) = await stranger.SendAsync("POST", "/emulator/reset");

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("error").GetString().Should().Contain("Bearer <projectId>:<managementKey>");
        _emulator.Store.Users.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_unknown_route_lists_the_routes()
    {
        var (status, body) = await _http.SendAsync("GET", "/emulator/invitations");

        status.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("error").GetString().Should().Contain("POST /emulator/reset").And.Contain("GET /emulator/journal");
    }

    [Fact]
    public async Task An_emulator_started_by_a_test_serves_no_control_api()
    {
        await using var plain = await TestClients.StartEmulatorAsync();
        using var http = RawRequests.Client(plain);

        using var response = await http.GetAsync("emulator/users");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_README_lists_every_control_route()
    {
        var (_, body) = await _http.SendAsync("GET", "/emulator/no-such-route");
        var listed = body.GetProperty("error").GetString()!;
        var routes = System.Text.RegularExpressions.Regex.Matches(listed[listed.IndexOf("Its routes:", StringComparison.Ordinal)..], @"(?:GET|POST|DELETE) /emulator/[A-Za-z{}/-]+").Select(m => m.Value).ToArray();
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        routes.Should().HaveCountGreaterThan(5);
        routes.Where(route => !readme.Contains($"`{route}`", StringComparison.Ordinal)).Should().BeEmpty("the README's control API table lists every route");
    }

    private static IEnumerable<string?> Problems(JsonElement body) => body.GetProperty("problems").EnumerateArray().Select(p => p.GetString());
}
