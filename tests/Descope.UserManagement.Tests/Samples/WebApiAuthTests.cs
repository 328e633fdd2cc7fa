using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Testing.Tokens;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Samples;

/// <summary>
/// The WebApi sample's authentication and authorization, end to end: Descope session tokens from the emulator (and
/// tokens it would never issue) sent to the running sample, which checks them with the emulator's published keys.
/// </summary>
public sealed class WebApiAuthTests(WebApiAuthTests.Fixture fixture) : IClassFixture<WebApiAuthTests.Fixture>
{
    private const string AdminRole = "Tenant Admin";

    public static TheoryData<string> Endpoints => new() { "list", "load", "disable", "enable", "set roles", "patch" };

    public static TheoryData<string> RejectedTokens => new()
    {
        "expired", "signed by another key under the project's kid", "signed by another emulator of the same project",
        "issued for another project (URL)", "issued for another project (bare ID)", "issued for a project ID that only starts with this one",
        "a refresh token", "unsigned (alg none)", "not a JWT",
    };

    [Fact]
    public async Task Health_needs_no_token()
    {
        using var response = await fixture.Sample.Api.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Without_a_token_every_admin_endpoint_is_401_and_Descope_is_not_called(string endpoint)
    {
        using var response = await Call(endpoint, "untouched@example.com", token: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
        fixture.Emulator.Journal.Requests.Should().NotContain(r => r.Body.Contains("untouched@example.com") || r.Query.Contains("untouched"));
    }

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task A_token_that_is_not_a_live_session_of_this_project_is_401_and_the_answer_does_not_echo_it(string kind)
    {
        var token = fixture.Tokens[kind];

        using var response = await Call("load", "subject@example.com", token);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var answer = response.Headers + "\n" + response.Content.Headers + "\n" + await response.Content.ReadAsStringAsync();
        foreach (var part in token.Split('.').Where(p => p.Length >= 16))
        {
            answer.Should().NotContain(part);
        }
    }

    [Fact]
    public async Task A_session_without_the_admin_role_is_403()
    {
        using var response = await Call("disable", "subject@example.com", fixture.Tokens["viewer"]);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        fixture.Emulator.Store.Find("subject@example.com")!.Status.Should().NotBe(UserStatus.Disabled);
    }

    [Fact]
    public async Task The_admin_role_held_only_in_a_tenant_does_not_count_and_is_403()
    {
        SessionTokens.Payload(fixture.Tokens["tenant admin"]).GetProperty("tenants").GetProperty("acme").GetProperty("roles")[0].GetString().Should().Be(AdminRole);

        using var response = await Call("load", "subject@example.com", fixture.Tokens["tenant admin"]);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_admin_session_reaches_every_admin_endpoint(string endpoint)
    {
        using var response = await Call(endpoint, "subject@example.com", fixture.Tokens["admin"]);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_admin_token_whose_issuer_is_the_bare_project_ID_is_accepted()
    {
        using var response = await Call("load", "subject@example.com", fixture.Tokens["admin, bare project ID as issuer"]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task No_token_and_no_management_key_reach_the_samples_log_at_trace_level()
    {
        foreach (var token in fixture.Tokens.Values)
        {
            using var response = await Call("load", "subject@example.com", token);
        }

        // Every request before it has been logged once the marker request's last line is out.
        var marker = Guid.NewGuid().ToString("N");
        using (await fixture.Sample.Api.GetAsync($"/health?marker={marker}"))
        {
        }

        await fixture.Sample.WaitForLineAsync(l => l.Contains("Request finished", StringComparison.Ordinal) && l.Contains(marker, StringComparison.Ordinal), "the marker request's log line");
        var log = string.Join("\n", fixture.Sample.Output);
        log.Should().Contain("Bearer", "trace logging shows the authentication handler at work");
        foreach (var (kind, token) in fixture.Tokens)
        {
            foreach (var part in token.Split('.').Where(p => p.Length >= 16))
            {
                log.Should().NotContain(part, "no part of the {0} token is logged", kind);
            }
        }

        log.Should().NotContain(TestClients.ManagementKey);
    }

    private async Task<HttpResponseMessage> Call(string endpoint, string loginId, string? token)
    {
        var path = $"/users/{loginId}";
        using var request = endpoint switch
        {
            "list" => new HttpRequestMessage(HttpMethod.Get, "/users?limit=2"),
            "load" => new HttpRequestMessage(HttpMethod.Get, path),
            "disable" => new HttpRequestMessage(HttpMethod.Post, path + "/disable"),
            "enable" => new HttpRequestMessage(HttpMethod.Post, path + "/enable"),
            "set roles" => new HttpRequestMessage(HttpMethod.Put, path + "/roles") { Content = JsonContent.Create(new { roles = new[] { "support" } }) },
            "patch" => new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(new { givenName = "Augusta" }) },
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "no such endpoint"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await fixture.Sample.Api.SendAsync(request);
    }

    /// <summary>One emulator and one sample (trace logging on) for the class, and every token the tests send.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private const string OtherProjectId = "P2OtherProject00000000000000";

        public DescopeEmulator Emulator { get; private set; } = null!;

        public WebApiSample Sample { get; private set; } = null!;

        public Dictionary<string, string> Tokens { get; } = [];

        public async Task InitializeAsync()
        {
            Emulator = await TestClients.StartEmulatorAsync();
            var admin = Emulator.Store.Seed(new User { LoginIds = ["admin@example.com"], RoleNames = [AdminRole] });
            Emulator.Store.Seed(new User { LoginIds = ["viewer@example.com"], RoleNames = ["viewer"] });
            Emulator.Store.Seed(new User
            {
                LoginIds = ["tenant-admin@example.com"],
                RoleNames = ["viewer"],
                UserTenants = [new UserTenant { TenantId = "acme", RoleNames = [AdminRole] }],
            });
            Emulator.Store.Seed("subject@example.com", email: "subject@example.com");
            Emulator.Store.Seed("untouched@example.com");

            var now = DateTimeOffset.UtcNow;
            Tokens["admin"] = Emulator.IssueSessionToken("admin@example.com");
            Tokens["viewer"] = Emulator.IssueSessionToken("viewer@example.com");
            Tokens["tenant admin"] = Emulator.IssueSessionToken("tenant-admin@example.com");
            Tokens["expired"] = Emulator.IssueSessionToken("admin@example.com", TimeSpan.FromMinutes(10), now.AddHours(-1));
            Tokens["admin, bare project ID as issuer"] = Sign(Emulator.SigningKey, Admin(admin, TestClients.ProjectId, now));
            Tokens["issued for another project (URL)"] = Sign(Emulator.SigningKey, Admin(admin, $"{Emulator.BaseUrl}{OtherProjectId}", now));
            Tokens["issued for another project (bare ID)"] = Sign(Emulator.SigningKey, Admin(admin, OtherProjectId, now));
            Tokens["issued for a project ID that only starts with this one"] = Sign(Emulator.SigningKey, Admin(admin, $"https://api.descope.com/{TestClients.ProjectId}x", now));
            var refresh = Admin(admin, Emulator.SessionTokenIssuer, now);
            refresh["drn"] = "DSR";
            Tokens["a refresh token"] = Sign(Emulator.SigningKey, refresh);
            using (var foreignKey = new EmulatorSigningKey(RSA.Create(2048), Emulator.SigningKey.KeyId))
            {
                Tokens["signed by another key under the project's kid"] = Sign(foreignKey, Admin(admin, Emulator.SessionTokenIssuer, now));
            }

            await using (var impostor = await TestClients.StartEmulatorAsync())
            {
                impostor.Store.Seed(admin);
                Tokens["signed by another emulator of the same project"] = impostor.IssueSessionToken("admin@example.com");
            }

            var unsigned = Emulator.IssueSessionToken("admin@example.com").Split('.');
            Tokens["unsigned (alg none)"] = Base64Url.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8) + "." + unsigned[1] + ".";
            Tokens["not a JWT"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("admin@example.com:" + TestClients.ProjectId));

            var environment = WebApiSample.DescopeEnvironment(Emulator);
            environment["Logging__LogLevel__Default"] = "Trace";
            environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Trace";
            environment["Logging__LogLevel__Descope.UserManagement"] = "Trace";
            Sample = await WebApiSample.StartAsync(environment);
        }

        public async Task DisposeAsync()
        {
            await Sample.DisposeAsync();
            await Emulator.DisposeAsync();
        }

        private static Dictionary<string, object> Admin(User admin, string issuer, DateTimeOffset now) =>
            SessionTokens.SessionClaims(admin.UserId!, issuer, [AdminRole], now);

        private static string Sign(EmulatorSigningKey key, Dictionary<string, object> claims) => SessionTokens.Sign(key, claims);
    }
}
