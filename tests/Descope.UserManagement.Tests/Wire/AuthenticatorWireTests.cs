using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// Passkeys, TOTP, recovery codes, trusted devices, provider token and history: the exact request (the
/// <c>identifier</c> keys, the query flags, the bare-array body) and what the client reads (times in seconds,
/// device times sent as strings).
/// </summary>
public sealed class AuthenticatorWireTests : WireTest
{
    private const string TokenPath = "/v1/mgmt/user/provider/token";

    // 2026-03-04T05:06:07Z in Unix seconds, and one day later.
    private static readonly DateTimeOffset Early = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private const long EarlySeconds = 1772600767;

    public static TheoryData<WireCase> Cases => new()
    {
        new WireCase("ListPasskeys", "minimal: an answer without passkeys is an empty list", "POST", "/v1/mgmt/user/passkeys/list", """{"loginId":"alice"}""",
            async c => await c.ListPasskeysAsync("alice"))
        {
            Answer = "{}",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<Passkey>>().Which.Should().BeEmpty(),
        },
        new WireCase("ListPasskeys", "full: every field, createdTime in Unix seconds", "POST", "/v1/mgmt/user/passkeys/list", """{"loginId":"U2"}""",
            async c => await c.ListPasskeysAsync("U2"))
        {
            Answer = $$"""{"passkeys":[{"id":"cred1","rpId":"example.com","kind":"platform","displayName":"MacBook","createdTime":{{EarlySeconds}}},{"id":"cred2"}]}""",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<Passkey>>().Which.Should().Equal(
                new Passkey { Id = "cred1", RpId = "example.com", Kind = "platform", DisplayName = "MacBook", CreatedTime = Early },
                new Passkey { Id = "cred2" }),
        },
        Removal("RemovePasskey", "posts the login ID and the credential ID", "/v1/mgmt/user/passkey/delete", """{"loginId":"alice","credentialId":"cred1"}""",
            c => c.RemovePasskeyAsync("alice", "cred1")),
        Removal("RemoveAllPasskeys", "posts the login ID", "/v1/mgmt/user/passkeys/delete", """{"loginId":"alice"}""", c => c.RemoveAllPasskeysAsync("alice")),
        Removal("RemoveAllPasskeys", "an empty answer body is fine too", "/v1/mgmt/user/passkeys/delete", """{"loginId":"alice"}""", c => c.RemoveAllPasskeysAsync("alice"), answer: ""),
        Removal("RemoveTotpSeed", "posts the login ID", "/v1/mgmt/user/totp/delete", """{"loginId":"alice"}""", c => c.RemoveTotpSeedAsync("alice")),
        Removal("RemoveRecoveryCodes", "posts the login ID", "/v1/mgmt/user/recovery-codes/delete", """{"loginId":"alice"}""", c => c.RemoveRecoveryCodesAsync("alice")),
        new WireCase("ListTrustedDevices", "minimal: one user as identifiers", "POST", "/v1/mgmt/user/trusteddevices/list", """{"identifiers":["alice"]}""",
            async c => await c.ListTrustedDevicesAsync(["alice"]))
        {
            Answer = """{"devices":[]}""",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<TrustedDevice>>().Which.Should().BeEmpty(),
        },
        new WireCase("ListTrustedDevices", "full: several users; times as strings holding seconds, or as numbers", "POST", "/v1/mgmt/user/trusteddevices/list",
            """{"identifiers":["alice","U9"]}""", async c => await c.ListTrustedDevicesAsync(["alice", "U9"]))
        {
            Answer = $$"""
                {"devices":[
                  {"id":"d1","name":"Laptop","deviceType":"desktop","lastLoginTime":"{{EarlySeconds}}","expirationTime":"{{EarlySeconds + 86400}}",
                   "lastLocation":"Paris","userId":"U1","isCurrentDevice":true},
                  {"id":"d2","lastLoginTime":{{EarlySeconds}}}]}
                """,
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<TrustedDevice>>().Which.Should().Equal(
                new TrustedDevice
                {
                    Id = "d1", Name = "Laptop", DeviceType = "desktop", LastLoginTime = Early, ExpirationTime = Early.AddDays(1), LastLocation = "Paris",
                    UserId = "U1", IsCurrentDevice = true,
                },
                new TrustedDevice { Id = "d2", LastLoginTime = Early }),
        },
        Removal("RemoveTrustedDevices", "posts identifier and the device IDs", "/v1/mgmt/user/trusteddevices/remove",
            """{"identifier":"alice","deviceIds":["d1","d2"]}""", c => c.RemoveTrustedDevicesAsync("alice", ["d1", "d2"])),
        new WireCase("GetProviderToken", "minimal: a GET with both flags false and no body", "GET", TokenPath, null,
            async c => await c.GetProviderTokenAsync("alice", "google"))
        {
            Query = "?loginId=alice&provider=google&withRefreshToken=false&forceRefresh=false",
            Answer = """{"provider":"google","accessToken":"ya29.access"}""",
            Returned = result => result.Should().Be(new ProviderToken { Provider = "google", AccessToken = "ya29.access" }),
        },
        new WireCase("GetProviderToken", "full: escaped values, both flags true; Go's providerUserID is read too", "GET", TokenPath, null,
            async c => await c.GetProviderTokenAsync("a+b@example.com", "git hub", new ProviderTokenOptions { WithRefreshToken = true, ForceRefresh = true }))
        {
            Query = "?loginId=a%2Bb%40example.com&provider=git%20hub&withRefreshToken=true&forceRefresh=true",
            Answer = $$"""
                {"provider":"github","providerUserID":"gh-42","accessToken":"gho_access","expiration":{{EarlySeconds}},"scopes":["repo","user"],"refreshToken":"ghr_refresh"}
                """,
            Returned = result =>
            {
                var token = result.Should().BeOfType<ProviderToken>().Subject;
                token.Should().BeEquivalentTo(new ProviderToken
                {
                    Provider = "github", ProviderUserId = "gh-42", AccessToken = "gho_access", Expiration = Early, Scopes = ["repo", "user"], RefreshToken = "ghr_refresh",
                }, options => options.ComparingRecordsByMembers());
            },
        },
        new WireCase("GetHistory", "minimal: a bare array of one user ID, answered by an empty array", "POST", "/v1/mgmt/user/history", """["U1"]""",
            async c => await c.GetHistoryAsync(["U1"]))
        {
            Answer = "[]",
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<LoginHistoryEntry>>().Which.Should().BeEmpty(),
        },
        new WireCase("GetHistory", "full: several user IDs; loginTime in Unix seconds", "POST", "/v1/mgmt/user/history", """["U1","U2"]""",
            async c => await c.GetHistoryAsync(["U1", "U2"]))
        {
            Answer = $$"""
                [{"userId":"U1","loginTime":{{EarlySeconds}},"city":"Paris","country":"FR","ip":"192.0.2.1","selectedTenant":"T1"},{"userId":"U2","loginTime":{{EarlySeconds + 60}}}]
                """,
            Returned = result => result.Should().BeAssignableTo<IReadOnlyList<LoginHistoryEntry>>().Which.Should().Equal(
                new LoginHistoryEntry { UserId = "U1", LoginTime = Early, City = "Paris", Country = "FR", Ip = "192.0.2.1", SelectedTenant = "T1" },
                new LoginHistoryEntry { UserId = "U2", LoginTime = Early.AddMinutes(1) }),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answer(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Theory]
    [InlineData("""[null]""", "null login")]
    [InlineData("""{"userId":"U1"}""", "must be an array")]
    public async Task A_history_answer_that_is_not_an_array_of_logins_is_an_unreadable_success(string answer, string problem)
    {
        Descope.Expect("POST", "/v1/mgmt/user/history", """["U1"]""").RespondWith(StubDescope.Json(200, answer));

        var error = await Client().Awaiting(c => c.GetHistoryAsync(["U1"])).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        error.Which.ErrorDescription.Should().Contain(problem);
    }

    [Fact]
    public async Task A_provider_token_answer_without_an_access_token_is_an_unreadable_success()
    {
        Descope.Expect("GET", TokenPath, null, "?loginId=alice&provider=google&withRefreshToken=false&forceRefresh=false")
            .RespondWith(StubDescope.Json(200, """{"provider":"google"}"""));

        var error = await Client().Awaiting(c => c.GetProviderTokenAsync("alice", "google")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorDescription.Should().Contain("access token");
    }

    [Fact]
    public async Task A_device_time_that_is_not_seconds_is_an_unreadable_success()
    {
        Descope.Expect("POST", "/v1/mgmt/user/trusteddevices/list", """{"identifiers":["alice"]}""")
            .RespondWith(StubDescope.Json(200, """{"devices":[{"id":"d1","lastLoginTime":"yesterday"}]}"""));

        var error = await Client().Awaiting(c => c.ListTrustedDevicesAsync(["alice"])).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorDescription.Should().Contain("not the JSON Descope sends");
    }

    private static WireCase Removal(string operation, string name, string path, string body, Func<IDescopeUserClient, Task> call, string answer = "{}") =>
        new(operation, name, "POST", path, body, async c =>
        {
            await call(c);
            return null;
        })
        {
            Answer = answer,
            Returned = result => result.Should().BeNull(),
        };
}
