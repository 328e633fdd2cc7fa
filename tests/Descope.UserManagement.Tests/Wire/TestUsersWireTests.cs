using System.Text.Json;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// GenerateOtpForTestUser, GenerateMagicLinkForTestUser, GenerateEnchantedLinkForTestUser, GenerateEmbeddedLink and
/// GenerateSignUpEmbeddedLink: the exact request (delivery-method spellings, <c>URI</c>, login options) and the secret returned.
/// </summary>
public sealed class TestUsersWireTests : WireTest
{
    private const string OtpPath = "/v1/mgmt/tests/generate/otp";
    private const string MagicLinkPath = "/v1/mgmt/tests/generate/magiclink";
    private const string EnchantedLinkPath = "/v1/mgmt/tests/generate/enchantedlink";
    private const string Link = "https://app.example.com/verify?t=T0k3n";

    private static readonly LoginOptions FullOptions = new()
    {
        StepUp = true,
        Mfa = false,
        CustomClaims = new Dictionary<string, object?> { ["plan"] = "gold", ["seats"] = 2, ["raw"] = JsonDocument.Parse("""{"x":[1]}""").RootElement },
        RevokeOtherSessions = true,
        RevokeOtherSessionsTypes = ["web"],
        TemplateId = "tmpl1",
        TemplateOptions = new Dictionary<string, string> { ["team"] = "blue" },
        Locale = "fr",
        SsoAppId = "app1",
        PkceChallenge = "chal",
    };

    private const string FullOptionsJson = """
        {"stepup":true,"mfa":false,"customClaims":{"plan":"gold","seats":2,"raw":{"x":[1]}},"revokeOtherSessions":true,
         "revokeOtherSessionsTypes":["web"],"templateId":"tmpl1","templateOptions":{"team":"blue"},"locale":"fr","ssoAppId":"app1","pkceChallenge":"chal"}
        """;

    public static TheoryData<WireCase> Cases => new()
    {
        Otp("minimal: email, no login options", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "tess"),
            """{"loginId":"tess","deliveryMethod":"email"}"""),
        Otp("sms", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Sms, "tess"), """{"loginId":"tess","deliveryMethod":"sms"}"""),
        Otp("voice", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Voice, "tess"), """{"loginId":"tess","deliveryMethod":"voice"}"""),
        Otp("whatsapp", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.WhatsApp, "tess"), """{"loginId":"tess","deliveryMethod":"whatsapp"}"""),
        Otp("login options with nothing set are left out", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "tess", new LoginOptions()),
            """{"loginId":"tess","deliveryMethod":"email"}"""),
        Otp("full: Embedded with a capital E and every login option", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Embedded, "tess", FullOptions),
            WireJson.Compact($$"""{"loginId":"tess","deliveryMethod":"Embedded","loginOptions":{{FullOptionsJson}}}""")),
        new WireCase("GenerateMagicLinkForTestUser", "minimal: no URI, no login options", "POST", MagicLinkPath,
            """{"loginId":"tess","deliveryMethod":"sms"}""", async c => await c.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Sms, "tess"))
        {
            Answer = $$"""{"loginId":"tess","link":"{{Link}}"}""",
            Returned = result => result.Should().Be(new TestUserMagicLink { LoginId = "tess", Link = Link }),
        },
        new WireCase("GenerateMagicLinkForTestUser", "full: the redirect goes as URI, then the login options", "POST", MagicLinkPath,
            """{"loginId":"tess","deliveryMethod":"email","URI":"https://app.example.com/verify","loginOptions":{"mfa":true}}""",
            async c => await c.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, "tess", "https://app.example.com/verify", new LoginOptions { Mfa = true }))
        {
            Answer = $$"""{"loginId":"tess","link":"{{Link}}"}""",
            Returned = result => result.Should().Be(new TestUserMagicLink { LoginId = "tess", Link = Link }),
        },
        new WireCase("GenerateEnchantedLinkForTestUser", "minimal: the login ID alone, no delivery method", "POST", EnchantedLinkPath,
            """{"loginId":"tess"}""", async c => await c.GenerateEnchantedLinkForTestUserAsync("tess"))
        {
            Answer = $$"""{"loginId":"tess","link":"{{Link}}","pendingRef":"P3nd"}""",
            Returned = result => result.Should().Be(new TestUserEnchantedLink { LoginId = "tess", Link = Link, PendingRef = "P3nd" }),
        },
        new WireCase("GenerateEnchantedLinkForTestUser", "full: URI and every login option", "POST", EnchantedLinkPath,
            WireJson.Compact($$"""{"loginId":"tess","URI":"https://app.example.com/e","loginOptions":{{FullOptionsJson}}}"""),
            async c => await c.GenerateEnchantedLinkForTestUserAsync("tess", "https://app.example.com/e", FullOptions))
        {
            Answer = $$"""{"loginId":"tess","link":"{{Link}}","pendingRef":"P3nd"}""",
            Returned = result => result.Should().Be(new TestUserEnchantedLink { LoginId = "tess", Link = Link, PendingRef = "P3nd" }),
        },
        new WireCase("GenerateEmbeddedLink", "minimal: the login ID alone; the masked contacts come back", "POST", "/v1/mgmt/user/signin/embeddedlink",
            """{"loginId":"alice"}""", async c => await c.GenerateEmbeddedLinkAsync("alice"))
        {
            Answer = """{"token":"Emb3d","maskedEmail":"a****@example.com","maskedPhone":"*******23"}""",
            Returned = result => result.Should().Be(new EmbeddedLinkToken { Token = "Emb3d", MaskedEmail = "a****@example.com", MaskedPhone = "*******23" }),
        },
        new WireCase("GenerateEmbeddedLink", "full: custom claims and a timeout in whole seconds, rounded up", "POST", "/v1/mgmt/user/signin/embeddedlink",
            """{"loginId":"alice","customClaims":{"role":"admin","beta":true},"timeout":90}""",
            async c => await c.GenerateEmbeddedLinkAsync("alice", new Dictionary<string, object?> { ["role"] = "admin", ["beta"] = true }, TimeSpan.FromSeconds(89.2)))
        {
            Answer = """{"token":"Emb3d"}""",
            Returned = result => result.Should().Be(new EmbeddedLinkToken { Token = "Emb3d" }),
        },
        new WireCase("GenerateSignUpEmbeddedLink", "minimal: the login ID alone", "POST", "/v1/mgmt/user/signup/embeddedlink",
            """{"loginId":"bob@example.com"}""", async c => await c.GenerateSignUpEmbeddedLinkAsync("bob@example.com"))
        {
            Answer = """{"token":"S1gnup"}""",
            Returned = result => result.Should().Be(new EmbeddedLinkToken { Token = "S1gnup" }),
        },
        new WireCase("GenerateSignUpEmbeddedLink", "full: the user object, verification flags, login options and timeout", "POST", "/v1/mgmt/user/signup/embeddedlink",
            WireJson.Compact("""
                {"loginId":"bob@example.com","user":{"name":"Bob B","givenName":"Bob","middleName":"M","familyName":"B","email":"bob@example.com","phone":"\u002B12025550100"},
                 "emailVerified":true,"phoneVerified":false,"loginOptions":{"stepup":true},"timeout":60}
                """),
            async c => await c.GenerateSignUpEmbeddedLinkAsync("bob@example.com", new EmbeddedSignUpOptions
            {
                Name = "Bob B", GivenName = "Bob", MiddleName = "M", FamilyName = "B", Email = "bob@example.com", Phone = "+12025550100",
                EmailVerified = true, PhoneVerified = false, LoginOptions = new LoginOptions { StepUp = true }, Timeout = TimeSpan.FromMinutes(1),
            }))
        {
            Answer = """{"token":"S1gnup"}""",
            Returned = result => result.Should().Be(new EmbeddedLinkToken { Token = "S1gnup" }),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answer(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Theory]
    [InlineData("""{"loginId":"tess"}""", "did not contain a code")]
    [InlineData("""{"loginId":"tess","code":""}""", "did not contain a code")]
    public async Task An_answer_without_the_code_is_an_unreadable_success(string answer, string problem)
    {
        Descope.Expect("POST", OtpPath, """{"loginId":"tess","deliveryMethod":"email"}""").RespondWith(StubDescope.Json(200, answer));

        var error = await Client().Awaiting(c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "tess")).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        error.Which.ErrorDescription.Should().Contain(problem);
    }

    [Fact]
    public async Task An_enchanted_link_answer_without_the_pending_reference_is_an_unreadable_success()
    {
        Descope.Expect("POST", EnchantedLinkPath, """{"loginId":"tess"}""").RespondWith(StubDescope.Json(200, $$"""{"link":"{{Link}}"}"""));

        var error = await Client().Awaiting(c => c.GenerateEnchantedLinkForTestUserAsync("tess")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorDescription.Should().Contain("pending reference");
    }

    [Fact]
    public async Task The_login_ID_sent_stands_in_when_the_answer_leaves_it_out()
    {
        Descope.Expect("POST", OtpPath, """{"loginId":"tess","deliveryMethod":"email"}""").RespondWith(StubDescope.Json(200, """{"code":"424242"}"""));

        var otp = await Client().GenerateOtpForTestUserAsync(DeliveryMethod.Email, "tess");

        otp.Should().Be(new TestUserOtp { LoginId = "tess", Code = "424242" });
    }

    private static WireCase Otp(string name, Func<IDescopeUserClient, Task<TestUserOtp>> call, string body) =>
        new("GenerateOtpForTestUser", name, "POST", OtpPath, body, async c => await call(c))
        {
            Answer = """{"loginId":"tess","code":"123456"}""",
            Returned = result => result.Should().Be(new TestUserOtp { LoginId = "tess", Code = "123456" }),
        };
}
