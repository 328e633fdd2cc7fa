using System.Net;
using System.Text.Json;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>
/// The emulator as Descope's session-token issuer: the key set it publishes at <c>/v2/keys/&lt;projectId&gt;</c> and
/// the tokens <see cref="DescopeEmulator.IssueSessionToken"/> signs with it.
/// </summary>
public sealed class SessionTokenTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _http = new();
    private DescopeEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartWithAliceAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_key_set_is_served_at_v2_keys_projectId_without_the_management_key()
    {
        using var response = await _http.GetAsync(_emulator.KeySetUrl);

        _emulator.KeySetUrl.AbsolutePath.Should().Be($"/v2/keys/{TestClients.ProjectId}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var key = (await KeySet(response)).GetProperty("keys").EnumerateArray().Should().ContainSingle().Subject;
        key.GetProperty("kty").GetString().Should().Be("RSA");
        key.GetProperty("alg").GetString().Should().Be("RS256");
        key.GetProperty("use").GetString().Should().Be("sig");
        key.GetProperty("kid").GetString().Should().NotBeNullOrEmpty();
        key.GetProperty("e").GetString().Should().Be("AQAB");
        key.GetProperty("n").GetString().Should().MatchRegex("^[A-Za-z0-9_-]{340,}$", "a 2048-bit modulus, base64url");
        key.TryGetProperty("d", out _).Should().BeFalse("only the public half is published");
    }

    [Fact]
    public async Task A_session_token_carries_Descopes_claims_for_the_user_and_verifies_with_the_published_key()
    {
        var token = _emulator.IssueSessionToken("ALICE@example.com", TimeSpan.FromHours(1), Noon);

        var key = (await KeySetOf(_emulator)).GetProperty("keys")[0];
        var header = SessionTokens.Header(token);
        header.GetProperty("alg").GetString().Should().Be("RS256");
        header.GetProperty("typ").GetString().Should().Be("JWT");
        header.GetProperty("kid").GetString().Should().Be(key.GetProperty("kid").GetString());
        SessionTokens.VerifiesWith(token, key).Should().BeTrue();

        var claims = SessionTokens.Payload(token);
        claims.GetProperty("sub").GetString().Should().Be(TestClients.AliceUserId);
        claims.GetProperty("iss").GetString().Should().Be($"{_emulator.BaseUrl}{TestClients.ProjectId}").And.Be(_emulator.SessionTokenIssuer);
        claims.GetProperty("iat").GetInt64().Should().Be(Noon.ToUnixTimeSeconds());
        claims.GetProperty("exp").GetInt64().Should().Be(Noon.AddHours(1).ToUnixTimeSeconds());
        claims.GetProperty("drn").GetString().Should().Be("DS");
        claims.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("viewer");
        claims.GetProperty("permissions").GetArrayLength().Should().Be(0);
        var tenant = claims.GetProperty("tenants").EnumerateObject().Should().ContainSingle().Subject;
        tenant.Name.Should().Be("T1");
        tenant.Value.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("admin");
        tenant.Value.GetProperty("permissions").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task By_default_a_token_is_issued_now_on_the_emulators_clock_for_ten_minutes()
    {
        var clock = new FakeTimeProvider(Noon);
        await using var emulator = await TestClients.StartEmulatorAsync(clock);
        var user = emulator.Store.Seed(new User { LoginIds = ["grace"], RoleNames = [], UserTenants = [] });

        var claims = SessionTokens.Payload(emulator.IssueSessionToken(user.UserId!));

        claims.GetProperty("sub").GetString().Should().Be(user.UserId, "a user ID names the user too");
        claims.GetProperty("iat").GetInt64().Should().Be(Noon.ToUnixTimeSeconds());
        claims.GetProperty("exp").GetInt64().Should().Be(Noon.AddMinutes(10).ToUnixTimeSeconds());
        claims.GetProperty("roles").GetArrayLength().Should().Be(0);
        claims.GetProperty("tenants").EnumerateObject().Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_login_ID_or_a_lifetime_that_is_not_positive_is_an_argument_error()
    {
        _emulator.Invoking(e => e.IssueSessionToken("nobody@example.com")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("loginId");
        _emulator.Invoking(e => e.IssueSessionToken(" ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("loginId");
        _emulator.Invoking(e => e.IssueSessionToken("alice", TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("lifetime");
    }

    [Fact]
    public async Task Each_emulator_signs_with_its_own_key()
    {
        await using var other = await TestClients.StartWithAliceAsync();

        var mine = (await KeySetOf(_emulator)).GetProperty("keys")[0];
        var theirs = (await KeySetOf(other)).GetProperty("keys")[0];

        theirs.GetProperty("kid").GetString().Should().NotBe(mine.GetProperty("kid").GetString());
        SessionTokens.VerifiesWith(other.IssueSessionToken("alice"), mine).Should().BeFalse();
    }

    [Fact]
    public async Task Keys_of_another_project_are_not_served()
    {
        using var response = await _http.GetAsync(new Uri(_emulator.BaseUrl, "v2/keys/P2SomeOtherProject0000000000"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_fault_without_a_path_spares_the_key_set_and_one_naming_its_path_hits_it()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(503));
        using (var spared = await _http.GetAsync(_emulator.KeySetUrl))
        {
            spared.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        _emulator.Faults.Pending.Should().Be(1, "the fault waits for a management call");
        _emulator.Faults.Clear();
        _emulator.Faults.Inject(EmulatorFault.Status(503) with { Path = _emulator.KeySetUrl.AbsolutePath });
        using var hit = await _http.GetAsync(_emulator.KeySetUrl);

        hit.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        _emulator.Journal.To(_emulator.KeySetUrl.AbsolutePath).Should().HaveCount(2).And.OnlyContain(r => r.Header("Authorization") == null);
    }

    private async Task<JsonElement> KeySetOf(DescopeEmulator emulator)
    {
        using var response = await _http.GetAsync(emulator.KeySetUrl);
        return await KeySet(response);
    }

    private static async Task<JsonElement> KeySet(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
