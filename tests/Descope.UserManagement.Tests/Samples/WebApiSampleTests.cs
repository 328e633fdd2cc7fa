using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Samples;

/// <summary>
/// The WebApi sample run as a user runs it (its own process, configured by DESCOPE_* variables), driven through its
/// HTTP endpoints with an admin's session token, against an emulator standing in for Descope.
/// </summary>
public sealed class WebApiSampleTests : IAsyncLifetime
{
    private DescopeEmulator _emulator = null!;
    private WebApiSample _sample = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartEmulatorAsync();
        _emulator.Store.Seed("ada@example.com", email: "ada@example.com", name: "Ada Lovelace");
        _emulator.Store.Seed(new User { LoginIds = ["admin@example.com"], RoleNames = ["Tenant Admin"] });
        _sample = await WebApiSample.StartAsync(WebApiSample.DescopeEnvironment(_emulator));
        _api = _sample.Api;
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _emulator.IssueSessionToken("admin@example.com"));
    }

    public async Task DisposeAsync()
    {
        await _sample.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Invite_and_force_logout_reach_Descope_through_the_sample()
    {
        using var invited = await _api.PostAsJsonAsync("/users/invite", new { loginId = "hire@example.com", email = "hire@example.com", name = "New Hire", inviteUrl = "https://app.example.com/join", sendMail = true });
        using var again = await _api.PostAsJsonAsync("/users/invite", new { loginId = "hire@example.com", email = "hire@example.com" });
        using var loggedOut = await _api.PostAsync("/users/ada@example.com/logout?sessionType=web", null);
        using var unknown = await _api.PostAsync("/users/nobody@example.com/logout", null);

        invited.StatusCode.Should().Be(HttpStatusCode.Created);
        invited.Headers.Location!.OriginalString.Should().Be("/users/hire%40example.com");
        _emulator.Store.Find("hire@example.com")!.Status.Should().Be(UserStatus.Invited);
        _emulator.Store.Invitations.Should().ContainSingle(i => i.LoginId == "hire@example.com");
        again.StatusCode.Should().Be(HttpStatusCode.Conflict, "the user exists now");
        loggedOut.StatusCode.Should().Be(HttpStatusCode.NoContent);
        _emulator.ManagementRequests().Where(r => r.Path == "/v1/mgmt/user/logout").Select(r => r.Body).Should().Contain("""{"loginId":"ada@example.com","sessionTypes":["web"]}""");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_user_list_filters_and_pages_through_search()
    {
        for (var i = 0; i < 5; i++)
        {
            _emulator.Store.Seed(new User { LoginIds = [$"member{i}@example.com"], Email = $"member{i}@example.com", UserTenants = [new UserTenant { TenantId = "acme", RoleNames = [] }], Status = i % 2 == 0 ? UserStatus.Enabled : UserStatus.Disabled });
        }

        using var first = await _api.GetAsync("/users?tenant=acme&limit=2");
        using var second = await _api.GetAsync("/users?tenant=acme&limit=2&page=2");
        using var disabled = await _api.GetAsync("/users?tenant=acme&status=disabled");
        using var bad = await _api.GetAsync("/users?status=sleeping");

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        var firstPage = await Json(first);
        firstPage.GetProperty("total").GetInt32().Should().Be(5);
        firstPage.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("email").GetString()).Should().Equal("member0@example.com", "member1@example.com");
        (await Json(second)).GetProperty("users").EnumerateArray().Select(u => u.GetProperty("email").GetString()).Should().Equal("member4@example.com");
        (await Json(disabled)).GetProperty("users").EnumerateArray().Select(u => u.GetProperty("email").GetString()).Should().Equal("member1@example.com", "member3@example.com");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _emulator.ManagementRequests().Where(r => r.Path == "/v2/mgmt/user/search").Select(r => r.Body).Should().Contain("""{"limit":2,"page":2,"tenantIds":["acme"]}""");
    }

    [Fact]
    public async Task Disable_patch_and_set_roles_reach_Descope_through_the_sample()
    {
        using var disabled = await _api.PostAsync("/users/ada@example.com/disable", null);
        using var patched = await _api.PatchAsJsonAsync("/users/ada@example.com", new { givenName = "Augusta", phone = "+12025550123" });
        using var roles = await _api.PutAsJsonAsync("/users/ada@example.com/roles", new { roles = new[] { "support" }, tenantId = "acme" });
        using var loaded = await _api.GetAsync("/users/ada@example.com");

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(disabled)).GetProperty("status").GetString().Should().Be("Disabled");
        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        roles.StatusCode.Should().Be(HttpStatusCode.OK);
        loaded.StatusCode.Should().Be(HttpStatusCode.OK);
        var ada = _emulator.Store.Find("ada@example.com")!;
        ada.Status.Should().Be(UserStatus.Disabled);
        ada.GivenName.Should().Be("Augusta");
        ada.FamilyName.Should().BeNull("a patch leaves unspecified fields alone");
        ada.Phone.Should().Be("+12025550123");
        ada.UserTenants.Should().ContainSingle().Which.RoleNames.Should().Equal("support");
        _emulator.ManagementRequests().Should().OnlyContain(r => r.Header("Authorization") == $"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        _emulator.Journal.To(_emulator.KeySetUrl.AbsolutePath).Should().NotBeEmpty("the sample checks tokens with the project's published keys");
    }

    [Fact]
    public async Task An_unknown_user_is_a_404()
    {
        using var response = await _api.PostAsync("/users/nobody@example.com/disable", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Json(response)).GetProperty("title").GetString().Should().Be("No such user");
    }

    [Fact]
    public async Task Descopes_rate_limit_is_a_429_with_its_Retry_After()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(429) with { RetryAfter = TimeSpan.FromSeconds(600) });

        using var response = await _api.PostAsync("/users/ada@example.com/disable", null);

        response.StatusCode.Should().Be((HttpStatusCode)429);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(600));
    }

    [Fact]
    public async Task A_bad_argument_is_a_400()
    {
        using var response = await _api.PutAsJsonAsync("/users/ada@example.com/roles", new { roles = Array.Empty<string>() });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _emulator.Journal.To("/v1/mgmt/user/update/role/set").Should().BeEmpty();
    }

    [Fact]
    public async Task When_the_project_keys_cannot_be_fetched_callers_get_401_not_a_server_error()
    {
        _emulator.Faults.InjectAlways(EmulatorFault.Status(503) with { Path = _emulator.KeySetUrl.AbsolutePath });

        using var response = await _api.GetAsync("/users/ada@example.com");
        _emulator.Faults.Clear();
        using var again = await _api.GetAsync("/users/ada@example.com");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Without_credentials_the_sample_serves_its_own_emulator_and_prints_tokens_to_try_it()
    {
        await using var sample = await WebApiSample.StartAsync(new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = null, ["DESCOPE_MANAGEMENT_KEY"] = null, ["DESCOPE_BASE_URL"] = null, ["DESCOPE_BASE_URI"] = null,
        });

        var curl = Regex.Match(
            await sample.WaitForLineAsync(l => l.TrimStart().StartsWith("curl ", StringComparison.Ordinal), "a curl line"),
            "^\\s*curl -H \"Authorization: Bearer (?<token>[A-Za-z0-9_.-]+)\" (?<url>\\S+)$");
        var nonAdmin = Regex.Match(sample.Output.Single(l => l.TrimStart().StartsWith("non-admin", StringComparison.Ordinal)), "(?<token>eyJ[A-Za-z0-9_.-]+)$");
        curl.Success.Should().BeTrue();
        nonAdmin.Success.Should().BeTrue();
        curl.Groups["url"].Value.Should().Be(new Uri(sample.Api.BaseAddress!, "/users/grace@example.com").ToString());
        SessionTokens.Payload(curl.Groups["token"].Value).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("Tenant Admin");

        using var anonymous = await sample.Api.GetAsync("/users/ada@example.com");
        using var asAdmin = await Send(sample.Api, HttpMethod.Get, curl.Groups["url"].Value, curl.Groups["token"].Value);
        using var asNonAdmin = await Send(sample.Api, HttpMethod.Get, "/users/ada@example.com", nonAdmin.Groups["token"].Value);

        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        asAdmin.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(asAdmin)).GetProperty("name").GetString().Should().Be("Grace Hopper");
        asNonAdmin.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> Send(HttpClient api, HttpMethod method, string url, string token)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await api.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
