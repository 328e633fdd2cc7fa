using System.Net;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// The retry classes of the test-user, authenticator and attribute-definition rows (docs/wire-contract.md §4.4): a 503
/// may follow a request that reached Descope, so only repeatable rows send it again; a 429 is retried for every row.
/// </summary>
public sealed class RetryClassWireTests : WireTest
{
    private const int MaxRetries = 3;
    private const string Unavailable = """{"errorCode":"E000503","errorDescription":"Unavailable"}""";

    public static TheoryData<string, int> AttemptsAfter503 => new()
    {
        { "GenerateOtpForTestUser", 1 },
        { "GenerateMagicLinkForTestUser", 1 },
        { "GenerateEnchantedLinkForTestUser", 1 },
        { "CreateCustomAttributes", 1 },
        { "GenerateEmbeddedLink", MaxRetries + 1 },
        { "GenerateSignUpEmbeddedLink", MaxRetries + 1 },
        { "RemoveAllPasskeys", MaxRetries + 1 },
        { "ListTrustedDevices", MaxRetries + 1 },
        { "GetProviderToken", MaxRetries + 1 },
        { "GetHistory", MaxRetries + 1 },
        { "GetCustomAttributes", MaxRetries + 1 },
        { "DeleteCustomAttributes", MaxRetries + 1 },
    };

    private static readonly Dictionary<string, (string Method, string Path, string? Body, string Query, Func<IDescopeUserClient, Task> Call)> Calls = new()
    {
        ["GenerateOtpForTestUser"] = ("POST", "/v1/mgmt/tests/generate/otp", """{"loginId":"tess","deliveryMethod":"email"}""", "",
            c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "tess")),
        ["GenerateMagicLinkForTestUser"] = ("POST", "/v1/mgmt/tests/generate/magiclink", """{"loginId":"tess","deliveryMethod":"email"}""", "",
            c => c.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, "tess")),
        ["GenerateEnchantedLinkForTestUser"] = ("POST", "/v1/mgmt/tests/generate/enchantedlink", """{"loginId":"tess"}""", "",
            c => c.GenerateEnchantedLinkForTestUserAsync("tess")),
        ["CreateCustomAttributes"] = ("POST", "/v1/mgmt/user/customattribute/create", """{"attributes":[{"name":"plan","type":1}]}""", "",
            c => c.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = "plan", Type = 1 }])),
        ["GenerateEmbeddedLink"] = ("POST", "/v1/mgmt/user/signin/embeddedlink", """{"loginId":"alice"}""", "", c => c.GenerateEmbeddedLinkAsync("alice")),
        ["GenerateSignUpEmbeddedLink"] = ("POST", "/v1/mgmt/user/signup/embeddedlink", """{"loginId":"bob"}""", "", c => c.GenerateSignUpEmbeddedLinkAsync("bob")),
        ["RemoveAllPasskeys"] = ("POST", "/v1/mgmt/user/passkeys/delete", """{"loginId":"alice"}""", "", c => c.RemoveAllPasskeysAsync("alice")),
        ["ListTrustedDevices"] = ("POST", "/v1/mgmt/user/trusteddevices/list", """{"identifiers":["alice"]}""", "", c => c.ListTrustedDevicesAsync(["alice"])),
        ["GetProviderToken"] = ("GET", "/v1/mgmt/user/provider/token", null, "?loginId=alice&provider=google&withRefreshToken=false&forceRefresh=false",
            c => c.GetProviderTokenAsync("alice", "google")),
        ["GetHistory"] = ("POST", "/v1/mgmt/user/history", """["U1"]""", "", c => c.GetHistoryAsync(["U1"])),
        ["GetCustomAttributes"] = ("GET", "/v1/mgmt/user/customattributes", null, "", c => c.GetCustomAttributesAsync()),
        ["DeleteCustomAttributes"] = ("POST", "/v1/mgmt/user/customattribute/delete", """{"names":["plan"]}""", "", c => c.DeleteCustomAttributesAsync(["plan"])),
    };

    [Fact]
    public void The_generators_and_attribute_definition_creates_are_once_only_rows()
    {
        DescopeOperations.All.Where(row => row.Retry == RetryClass.OnlyIfNotSent).Select(row => row.Name).Should().Contain(
            ["GenerateOtpForTestUser", "GenerateMagicLinkForTestUser", "GenerateEnchantedLinkForTestUser", "CreateCustomAttributes"]);
        DescopeOperations.All.Where(row => Calls.ContainsKey(row.Name) && AttemptsAfter503.Any(d => (string)d[0] == row.Name && (int)d[1] > 1))
            .Should().OnlyContain(row => row.Retry == RetryClass.Repeatable);
    }

    [Theory]
    [MemberData(nameof(AttemptsAfter503))]
    public async Task A_503_is_sent_again_only_by_repeatable_rows(string operation, int attempts)
    {
        var (method, path, body, query, call) = Calls[operation];
        Descope.Expect(method, path, body, query).RespondWith(StubDescope.Json(503, Unavailable));

        var error = await RetryingClient().Awaiting(call).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        Descope.RequestsTo(path).Should().HaveCount(attempts);
    }

    [Fact]
    public async Task A_429_is_retried_even_for_a_generator_and_the_code_comes_back()
    {
        const string Path = "/v1/mgmt/tests/generate/otp";
        const string Body = """{"loginId":"tess","deliveryMethod":"sms"}""";
        Descope.Expect("POST", Path, Body).InScenario("limited").WillSetStateTo("allowed")
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}"""));
        Descope.Expect("POST", Path, Body).InScenario("limited").WhenStateIs("allowed")
            .RespondWith(StubDescope.Json(200, """{"loginId":"tess","code":"135790"}"""));

        var otp = await RetryingClient().GenerateOtpForTestUserAsync(DeliveryMethod.Sms, "tess");

        otp.Code.Should().Be("135790");
        Descope.RequestsTo(Path).Should().HaveCount(2, "a 429 means Descope refused before minting a code");
    }

    private DescopeUserClient RetryingClient() => Client(o => o.Retry = new DescopeRetryOptions
    {
        MaxRetries = MaxRetries, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), UseJitter = false,
    });
}
