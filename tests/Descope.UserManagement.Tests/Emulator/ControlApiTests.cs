using System.Net;
using System.Text.Json;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Testing.Control;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>
/// The control API under /emulator/ that the descope-emulator tool serves, driven over HTTP as a test in another
/// language would: reset and seed, users, journal, faults and rate limits, and what the store keeps beside users
/// (invitations, issued test codes and links, logouts, password states, recovery contacts, authenticators, attribute
/// definitions), behind the emulator's own key.
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
        request.GetProperty("statusCode").GetInt32().Should().Be(200);
        request.GetProperty("receivedAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        request.GetProperty("headers").EnumerateObject().Select(h => h.Name).Should().NotContain(name => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
        journal.ToString().Should().NotContain(TestClients.ManagementKey);

        await _http.OkAsync("DELETE", "/emulator/journal");
        (await _http.OkAsync("GET", "/emulator/journal")).GetProperty("requests").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Invitations_and_logouts_are_listed_in_order()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/create", """{"loginId":"bob@example.com","email":"bob@example.com","invite":true,"inviteUrl":"https://app.example.com/join","templateId":"welcome","locale":"fr","templateOptions":{"team":"blue"}}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/logout", """{"loginId":"alice@example.com"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/logout", """{"userId":"U2alice","sessionTypes":["web"]}""");

        var invitation = (await _http.OkAsync("GET", "/emulator/invitations")).GetProperty("invitations").EnumerateArray().Should().ContainSingle().Subject;
        invitation.GetProperty("loginId").GetString().Should().Be("bob@example.com");
        invitation.GetProperty("userId").GetString().Should().Be(_emulator.Store.Find("bob@example.com")!.UserId);
        invitation.GetProperty("email").GetString().Should().Be("bob@example.com");
        invitation.TryGetProperty("phone", out _).Should().BeFalse("it was not sent by SMS");
        (invitation.GetProperty("inviteUrl").GetString(), invitation.GetProperty("templateId").GetString(), invitation.GetProperty("locale").GetString())
            .Should().Be(("https://app.example.com/join", "welcome", "fr"));
        invitation.GetProperty("templateOptions").GetProperty("team").GetString().Should().Be("blue");

        var logouts = (await _http.OkAsync("GET", "/emulator/logouts")).GetProperty("logouts").EnumerateArray().ToArray();
        logouts.Select(l => l.GetProperty("userId").GetString()).Should().Equal("U2alice", "U2alice");
        logouts[0].TryGetProperty("sessionTypes", out _).Should().BeFalse("no session types means every session");
        logouts[1].GetProperty("sessionTypes")[0].GetString().Should().Be("web");
    }

    [Fact]
    public async Task Issued_test_codes_and_links_are_handed_back_to_sign_the_test_user_in()
    {
        await _http.OkAsync("POST", "/emulator/seed", """{ "users": [{ "loginIds": ["tess@example.com"], "userId": "U2tess", "test": true }] }""");
        var otp = await _http.OkAsync("POST", "/v1/mgmt/tests/generate/otp", """{"loginId":"tess@example.com","deliveryMethod":"email"}""");
        var link = await _http.OkAsync("POST", "/v1/mgmt/tests/generate/magiclink", """{"loginId":"tess@example.com","deliveryMethod":"sms","URI":"https://app.example.com/verify"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/signup/embeddedlink", """{"loginId":"new@example.com","user":{"name":"New"},"emailVerified":true}""");

        var secrets = (await _http.OkAsync("GET", "/emulator/secrets/U2tess")).GetProperty("secrets").EnumerateArray().ToArray();
        secrets.Select(s => s.GetProperty("kind").GetString()).Should().Equal("otp", "magicLink");
        secrets[0].GetProperty("token").GetString().Should().Be(otp.GetProperty("code").GetString());
        secrets[0].GetProperty("deliveryMethod").GetString().Should().Be("email");
        secrets[1].GetProperty("value").GetString().Should().Be(link.GetProperty("link").GetString());
        secrets[1].GetProperty("redirectUrl").GetString().Should().Be("https://app.example.com/verify");
        var signUp = (await _http.OkAsync("GET", "/emulator/secrets/NEW@example.com")).GetProperty("secrets").EnumerateArray().Should().ContainSingle().Subject;
        signUp.GetProperty("signUpUser").GetProperty("name").GetString().Should().Be("New");
        signUp.TryGetProperty("userId", out _).Should().BeFalse("the login ID belongs to nobody yet");
        (await _http.OkAsync("GET", "/emulator/secrets")).GetProperty("secrets").GetArrayLength().Should().Be(3);
        (await _http.OkAsync("GET", "/emulator/secrets/alice@example.com")).GetProperty("secrets").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Password_state_is_shown_without_the_password_and_recovery_contacts_as_set()
    {
        (await _http.OkAsync("GET", "/emulator/passwords/alice@example.com")).GetProperty("state").GetString().Should().Be("none");
        await _http.OkAsync("POST", "/v1/mgmt/user/password/set/temporary", """{"loginId":"alice@example.com","password":"Temp-Passw0rd!"}""");
        var temporary = await _http.OkAsync("GET", "/emulator/passwords/U2alice");
        await _http.OkAsync("POST", "/v1/mgmt/user/password/expire", """{"loginId":"alice@example.com"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/update/recovery/phone", """{"loginId":"alice@example.com","recoveryPhone":"+12025550199","verified":true}""");

        temporary.GetProperty("state").GetString().Should().Be("temporary");
        temporary.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("userId", "state");
        temporary.ToString().Should().NotContain("Temp-Passw0rd!");
        (await _http.OkAsync("GET", "/emulator/passwords/alice@example.com")).GetProperty("state").GetString().Should().Be("expired");
        var recovery = await _http.OkAsync("GET", "/emulator/recovery/alice@example.com");
        (recovery.GetProperty("phone").GetString(), recovery.GetProperty("phoneVerified").GetBoolean(), recovery.GetProperty("emailVerified").GetBoolean())
            .Should().Be(("+12025550199", true, false));
        recovery.TryGetProperty("email", out _).Should().BeFalse();
        _emulator.Journal.Requests.Should().OnlyContain(r => r.UnusedKeys.Count == 0);
        (await _http.SendAsync("GET", "/emulator/passwords/nobody")).Status.Should().Be(HttpStatusCode.NotFound);
        (await _http.SendAsync("GET", "/emulator/recovery/nobody")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Authenticators_are_seeded_for_a_user_and_read_back_without_provider_tokens()
    {
        var seeded = await _http.OkAsync("POST", "/emulator/authenticators/alice@example.com", """
            { "passkeys": [{ "id": "cred-1", "displayName": "Laptop" }], "totp": true, "recoveryCodes": true,
              "trustedDevices": [{ "id": "dev-1", "name": "Mac" }],
              "providerTokens": [{ "provider": "google", "accessToken": "access-secret", "refreshToken": "refresh-secret" }],
              "logins": [{ "city": "Paris" }] }
            """);

        seeded.GetProperty("passkeys")[0].GetProperty("id").GetString().Should().Be("cred-1");
        (seeded.GetProperty("totp").GetBoolean(), seeded.GetProperty("recoveryCodes").GetBoolean()).Should().Be((true, true));
        seeded.GetProperty("trustedDevices")[0].GetProperty("userId").GetString().Should().Be("U2alice");
        seeded.GetProperty("providers").EnumerateArray().Select(p => p.GetString()).Should().Equal("google");
        seeded.ToString().Should().NotContain("access-secret").And.NotContain("refresh-secret");
        _emulator.Store.Find("alice@example.com")!.WebAuthn.Should().BeTrue();
        _emulator.Store.History(["U2alice"]).Single().City.Should().Be("Paris");

        await _http.OkAsync("POST", "/v1/mgmt/user/passkeys/delete", """{"loginId":"alice@example.com"}""");
        (await _http.OkAsync("GET", "/emulator/authenticators/U2alice")).GetProperty("passkeys").GetArrayLength().Should().Be(0);

        var (status, body) = await _http.SendAsync("POST", "/emulator/authenticators/alice@example.com", """{ "passkey": [], "totp": "yes" }""");
        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString().Should().Contain("passkey");
        (await _http.SendAsync("POST", "/emulator/authenticators/nobody", "{}")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Attribute_definitions_are_listed_as_Descope_answers_them()
    {
        (await _http.OkAsync("GET", "/emulator/attributes")).GetProperty("data").GetArrayLength().Should().Be(0);
        await _http.OkAsync("POST", "/v1/mgmt/user/customattribute/create", """{"attributes":[{"name":"plan","type":1,"options":[{"value":"free","label":"Free"}]}]}""");

        var data = (await _http.OkAsync("GET", "/emulator/attributes")).GetProperty("data");

        data[0].GetProperty("name").GetString().Should().Be("plan");
        data[0].GetProperty("options")[0].GetProperty("label").GetString().Should().Be("Free");
    }

    [Fact]
    public async Task Reset_clears_every_store_beside_the_users_too()
    {
        await _http.OkAsync("POST", "/emulator/seed", """{ "users": [{ "loginIds": ["tess"], "test": true }] }""");
        await _http.OkAsync("POST", "/v1/mgmt/user/create", """{"loginId":"bob","email":"bob@example.com","invite":true}""");
        await _http.OkAsync("POST", "/v1/mgmt/tests/generate/otp", """{"loginId":"tess","deliveryMethod":"email"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/logout", """{"loginId":"alice@example.com"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/password/set/active", """{"loginId":"alice@example.com","password":"Active-Passw0rd!"}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/update/recovery/email", """{"loginId":"alice@example.com","recoveryEmail":"backup@example.com"}""");
        await _http.OkAsync("POST", "/emulator/authenticators/alice@example.com", """{"passkeys":[{}],"totp":true,"recoveryCodes":true,"trustedDevices":[{}],"providerTokens":[{"provider":"google"}],"logins":[{}]}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/customattribute/create", """{"attributes":[{"name":"seats","type":2}]}""");

        _emulator.Journal.Requests.Should().OnlyContain(r => r.UnusedKeys.Count == 0, "every setup request had its effect");
        _emulator.Store.Recovery("alice@example.com")!.Email.Should().Be("backup@example.com");

        await _http.OkAsync("POST", "/emulator/reset");

        (await _http.OkAsync("GET", "/emulator/invitations")).GetProperty("invitations").GetArrayLength().Should().Be(0);
        (await _http.OkAsync("GET", "/emulator/secrets")).GetProperty("secrets").GetArrayLength().Should().Be(0);
        (await _http.OkAsync("GET", "/emulator/logouts")).GetProperty("logouts").GetArrayLength().Should().Be(0);
        (await _http.OkAsync("GET", "/emulator/passwords/U2alice")).GetProperty("state").GetString().Should().Be("none");
        _emulator.Journal.Count.Should().Be(0);
        (await _http.OkAsync("GET", "/emulator/recovery/U2alice")).TryGetProperty("email", out _).Should().BeFalse();
        var authenticators = await _http.OkAsync("GET", "/emulator/authenticators/U2alice");
        authenticators.GetProperty("passkeys").GetArrayLength().Should().Be(0);
        authenticators.GetProperty("trustedDevices").GetArrayLength().Should().Be(0);
        authenticators.GetProperty("providers").GetArrayLength().Should().Be(0);
        (authenticators.GetProperty("totp").GetBoolean(), authenticators.GetProperty("recoveryCodes").GetBoolean()).Should().Be((false, false));
        _emulator.Store.History(["U2alice"]).Should().BeEmpty();
        (await _http.OkAsync("GET", "/emulator/attributes")).GetProperty("data").GetArrayLength().Should().Be(0);
        (await _http.OkAsync("GET", "/emulator/users")).GetProperty("users").EnumerateArray().Select(u => u.GetProperty("userId").GetString()).Should().Equal("U2alice");
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
        var (status, body) = await _http.SendAsync("GET", "/emulator/mailbox");

        status.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("error").GetString().Should().Contain("POST /emulator/reset").And.Contain("GET /emulator/journal").And.Contain("GET /emulator/secrets/{loginIdOrUserId}");
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
