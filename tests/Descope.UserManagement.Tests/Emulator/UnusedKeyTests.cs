using System.Net;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>The journal names, per request, every key the emulator did not use, so nothing is silently ignored.</summary>
public sealed class UnusedKeyTests : IAsyncLifetime
{
    private DescopeEmulator _emulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartWithAliceAsync();
        _http = RawRequests.Client(_emulator);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_key_is_reported_and_the_rest_applies()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/update/email", """{"loginId":"alice","email":"a@example.com","verified":true,"emailVerified":true}""");

        Last().UnusedKeys.Should().Equal("emailVerified");
        _emulator.Store.Find("alice")!.Email.Should().Be("a@example.com");
    }

    [Fact]
    public async Task Nested_keys_are_reported_by_their_path()
    {
        await _http.OkAsync("PATCH", "/v1/mgmt/user/patch", """{"loginId":"alice","userTenants":[{"tenantId":"T1","roleNames":[]},{"tenantId":"T2","roleNames":["r"],"tenantName":"Two"}]}""");

        Last().UnusedKeys.Should().Equal("userTenants[1].tenantName");
    }

    [Fact]
    public async Task Keys_of_batch_items_are_reported_with_their_index()
    {
        await _http.OkAsync("PATCH", "/v1/mgmt/user/patch/batch", """{"users":[{"loginId":"alice","name":"A"},{"loginId":"alice@example.com","scim":true}],"dryRun":true}""");

        Last().UnusedKeys.Should().BeEquivalentTo("users[1].scim", "dryRun");
    }

    [Fact]
    public async Task Keys_inside_search_filters_and_sort_keys_are_reported()
    {
        await _http.OkAsync("POST", "/v2/mgmt/user/search",
            """{"tenantRoleNames":{"T1":{"values":["admin"],"any":true}},"sort":[{"field":"email","descending":true}],"includeSubTenants":false}""");

        Last().UnusedKeys.Should().BeEquivalentTo("tenantRoleNames.T1.any", "sort[0].descending", "includeSubTenants");
    }

    [Fact]
    public async Task Query_parameters_the_load_does_not_read_are_reported_with_a_question_mark()
    {
        await _http.OkAsync("GET", "/v1/mgmt/user?loginId=alice&userId=U1&expand=tenants");

        Last().UnusedKeys.Should().BeEquivalentTo("?userId", "?expand");
    }

    [Fact]
    public async Task An_operation_that_reads_no_body_or_query_reports_all_of_it()
    {
        await _http.OkAsync("GET", "/v1/mgmt/license?tenant=T1");

        Last().UnusedKeys.Should().Equal("?tenant");
    }

    [Fact]
    public async Task A_failed_operation_still_reports_what_it_did_not_read()
    {
        var (status, _) = await _http.SendAsync("POST", "/v1/mgmt/user/update/status", """{"loginID":"alice","status":"disabled"}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        Last().UnusedKeys.Should().Contain("loginID");
    }

    [Fact]
    public async Task A_request_that_reached_no_operation_reports_nothing()
    {
        using var stranger = RawRequests.Client(_emulator.BaseUrl, _emulator.ProjectId, "wrong-key");
        var (status, _) = await stranger.SendAsync("POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","bogus":1}""");
        _emulator.Faults.Inject(EmulatorFault.Status(503));
        await _http.SendAsync("POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","bogus":1}""");

        status.Should().Be(HttpStatusCode.Unauthorized);
        _emulator.Journal.Requests.Should().HaveCount(2).And.OnlyContain(r => r.UnusedKeys.Count == 0);
    }

    [Fact]
    public async Task A_fault_applied_after_the_operation_keeps_the_report()
    {
        _emulator.Faults.Inject(new EmulatorFault { StatusCode = 503, AfterApplying = true });

        await _http.SendAsync("POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","status":"disabled","reason":"left"}""");

        Last().UnusedKeys.Should().Equal("reason");
        _emulator.Store.Find("alice")!.Status.Should().Be(UserStatus.Disabled);
    }

    [Fact]
    public async Task Embedded_links_use_the_claims_and_the_sign_up_details_and_record_them_with_the_token()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/signin/embeddedlink", """{"loginId":"alice","customClaims":{"plan":"gold"},"timeout":60,"scope":"x"}""");
        Last().UnusedKeys.Should().Equal("scope");
        _emulator.Store.LastIssued("alice", TestSecretKind.EmbeddedLink)!.CustomClaims!["plan"].GetString().Should().Be("gold");

        await _http.OkAsync("POST", "/v1/mgmt/user/signup/embeddedlink",
            """{"loginId":"new@example.com","user":{"name":"New","email":"new@example.com","nickname":"N"},"emailVerified":true,"phoneVerified":false}""");
        Last().UnusedKeys.Should().Equal("user.nickname");
        var signUp = _emulator.Store.LastIssued("new@example.com", TestSecretKind.SignUpEmbeddedLink)!.SignUpUser!;
        (signUp.LoginIds![0], signUp.Name, signUp.Email, signUp.VerifiedEmail, signUp.VerifiedPhone).Should().Be(("new@example.com", "New", "new@example.com", true, false));
    }

    [Fact]
    public async Task Provider_token_and_attribute_definition_requests_use_every_documented_key()
    {
        _emulator.Store.SeedProviderToken("alice", new ProviderToken { Provider = "google" });

        await _http.OkAsync("GET", "/v1/mgmt/user/provider/token?loginId=alice&provider=google&withRefreshToken=false&forceRefresh=true&tenant=T1");
        Last().UnusedKeys.Should().Equal("?tenant");
        await _http.OkAsync("POST", "/v1/mgmt/user/customattribute/create", """{"attributes":[{"name":"plan","type":1}],"dryRun":true}""");
        Last().UnusedKeys.Should().Equal("dryRun");
    }

    private RecordedRequest Last() => _emulator.Journal.Requests[^1];
}
