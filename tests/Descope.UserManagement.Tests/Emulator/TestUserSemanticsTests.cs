using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Test-user codes and links and embedded links, as the emulator and the fake hand them out and the store keeps them.</summary>
public sealed class TestUserSemanticsTests
{
    private const string Tess = "tess@example.com";

    [Fact]
    public async Task An_OTP_for_a_test_user_is_six_digits_that_the_store_can_read_back()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        using var users = new FakeDescopeUserClient(new DescopeUserStore(clock));
        var tess = users.Store.Seed(new User { LoginIds = [Tess], Test = true });

        var otp = await users.GenerateOtpForTestUserAsync(DeliveryMethod.Sms, Tess);

        otp.LoginId.Should().Be(Tess);
        otp.Code.Should().MatchRegex("^[0-9]{6}$");
        users.Store.LastOtpCode(Tess).Should().Be(otp.Code);
        users.Store.LastOtpCode(tess.UserId!).Should().Be(otp.Code, "the user ID finds the user's codes too");
        users.Store.LastIssued("TESS@example.com", TestSecretKind.Otp).Should().BeEquivalentTo(new IssuedTestSecret
        {
            Kind = TestSecretKind.Otp, LoginId = Tess, UserId = tess.UserId, DeliveryMethod = DeliveryMethod.Sms, Value = otp.Code, Token = otp.Code,
            IssuedAt = clock.GetUtcNow(),
        });
    }

    [Fact]
    public async Task Every_call_issues_a_new_secret_and_the_last_one_is_read_back()
    {
        using var users = new FakeDescopeUserClient();
        users.Store.Seed(new User { LoginIds = [Tess], Test = true });

        await users.GenerateOtpForTestUserAsync(DeliveryMethod.Email, Tess);
        var second = await users.GenerateOtpForTestUserAsync(DeliveryMethod.Email, Tess);

        users.Store.IssuedSecrets.Should().HaveCount(2).And.OnlyContain(s => s.Kind == TestSecretKind.Otp);
        users.Store.LastOtpCode(Tess).Should().Be(second.Code);
        users.Store.LastIssued(Tess, TestSecretKind.MagicLink).Should().BeNull();
    }

    [Fact]
    public async Task The_generators_refuse_a_user_that_is_not_a_test_user_with_E011003_and_an_unknown_one_as_not_found()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        var otp = await users.Awaiting(u => u.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "alice")).Should().ThrowAsync<DescopeApiException>();
        var magic = await users.Awaiting(u => u.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, "alice")).Should().ThrowAsync<DescopeApiException>();
        var enchanted = await users.Awaiting(u => u.GenerateEnchantedLinkForTestUserAsync("alice")).Should().ThrowAsync<DescopeApiException>();
        await users.Awaiting(u => u.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "ghost")).Should().ThrowAsync<DescopeNotFoundException>();

        foreach (var error in new[] { otp.Which, magic.Which, enchanted.Which })
        {
            error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            error.ErrorCode.Should().Be("E011003");
            error.ErrorMessage.Should().Contain("not a test user");
        }

        users.Store.IssuedSecrets.Should().BeEmpty();
    }

    [Fact]
    public async Task A_magic_link_leads_to_the_project_setting_or_the_URI_with_the_token_as_t()
    {
        using var users = new FakeDescopeUserClient();
        users.Store.Seed(new User { LoginIds = [Tess], Test = true });
        users.Store.TestLinkRedirectUrl = "https://app.example.com/verify";

        var plain = await users.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, Tess);
        var plainToken = users.Store.LastIssued(Tess, TestSecretKind.MagicLink)!.Token;
        var redirected = await users.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Embedded, Tess, "https://other.example.com/in?lang=fr");
        var issued = users.Store.LastIssued(Tess, TestSecretKind.MagicLink)!;

        plain.Link.Should().Be("https://app.example.com/verify?t=" + plainToken);
        redirected.Link.Should().Be("https://other.example.com/in?lang=fr&t=" + issued.Token);
        issued.Value.Should().Be(redirected.Link);
        issued.RedirectUrl.Should().Be("https://other.example.com/in?lang=fr");
        issued.DeliveryMethod.Should().Be(DeliveryMethod.Embedded);
        plainToken.Should().NotBe(issued.Token);
    }

    [Fact]
    public async Task An_enchanted_link_comes_with_a_pending_reference_the_store_keeps()
    {
        using var users = new FakeDescopeUserClient();
        users.Store.Seed(new User { LoginIds = [Tess], Test = true });

        var link = await users.GenerateEnchantedLinkForTestUserAsync(Tess);

        var issued = users.Store.LastIssued(Tess, TestSecretKind.EnchantedLink)!;
        link.PendingRef.Should().NotBeNullOrEmpty().And.Be(issued.PendingRef);
        link.Link.Should().Be(users.Store.TestLinkRedirectUrl + "?t=" + issued.Token);
        issued.DeliveryMethod.Should().BeNull();
    }

    [Fact]
    public async Task An_embedded_link_serves_any_existing_user_with_masked_contacts_and_refuses_an_unknown_one()
    {
        using var users = new FakeDescopeUserClient();
        users.Store.Seed(new User { LoginIds = ["alice"], Email = "alice@example.com", Phone = "+12025550123" });

        var token = await users.GenerateEmbeddedLinkAsync("alice", new Dictionary<string, object?> { ["role"] = "admin" }, TimeSpan.FromMinutes(2));

        token.Token.Should().Be(users.Store.LastIssued("alice", TestSecretKind.EmbeddedLink)!.Token);
        token.MaskedEmail.Should().Be("a****@example.com");
        token.MaskedPhone.Should().Be("**********23");
        await users.Awaiting(u => u.GenerateEmbeddedLinkAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
    }

    [Fact]
    public async Task A_sign_up_embedded_link_serves_a_new_login_ID_without_creating_the_user()
    {
        using var users = new FakeDescopeUserClient();

        var token = await users.GenerateSignUpEmbeddedLinkAsync("new@example.com", new EmbeddedSignUpOptions { Email = "new@example.com", EmailVerified = true });

        var issued = users.Store.LastIssued("new@example.com", TestSecretKind.SignUpEmbeddedLink)!;
        issued.Token.Should().Be(token.Token);
        issued.UserId.Should().BeNull();
        users.Store.Find("new@example.com").Should().BeNull("the user is created when the token is verified");
    }

    [Fact]
    public async Task Over_http_the_emulator_takes_redirectUrl_for_URI_URI_wins_and_the_delivery_method_is_checked()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.Seed(new User { LoginIds = [Tess], Test = true });
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"{TestClients.ProjectId}:{TestClients.ManagementKey}");
        Task<HttpResponseMessage> Post(string body) =>
            http.PostAsync("/v1/mgmt/tests/generate/magiclink", new StringContent(body, Encoding.UTF8, "application/json"));

        using var alias = await Post($$"""{"loginId":"{{Tess}}","deliveryMethod":"email","redirectUrl":"https://alias.example.com/"}""");
        var aliasTarget = emulator.Store.LastIssued(Tess, TestSecretKind.MagicLink)!.RedirectUrl;
        using var both = await Post($$"""{"loginId":"{{Tess}}","deliveryMethod":"email","redirectUrl":"https://alias.example.com/","URI":"https://uri.example.com/"}""");
        var bothTarget = emulator.Store.LastIssued(Tess, TestSecretKind.MagicLink)!.RedirectUrl;
        using var unknownMethod = await Post($$"""{"loginId":"{{Tess}}","deliveryMethod":"EMAIL"}""");
        using var noMethod = await Post($$"""{"loginId":"{{Tess}}"}""");

        alias.StatusCode.Should().Be(HttpStatusCode.OK);
        aliasTarget.Should().Be("https://alias.example.com/");
        bothTarget.Should().Be("https://uri.example.com/");
        unknownMethod.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknownMethod.Content.ReadAsStringAsync()).Should().Contain("E011003");
        (await noMethod.Content.ReadAsStringAsync()).Should().Contain("E011002");
    }

    [Fact]
    public async Task Over_http_the_real_client_reads_the_emulators_codes()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);
        await client.CreateTestUserAsync(Tess, new UserCreate { Email = Tess });

        var otp = await client.GenerateOtpForTestUserAsync(DeliveryMethod.Email, Tess, new LoginOptions { Mfa = true });
        var link = await client.GenerateEnchantedLinkForTestUserAsync(Tess);

        emulator.Store.LastOtpCode(Tess).Should().Be(otp.Code);
        emulator.Store.LastIssued(Tess, TestSecretKind.EnchantedLink)!.PendingRef.Should().Be(link.PendingRef);
    }

    [Fact]
    public async Task Clear_forgets_every_issued_secret()
    {
        using var users = new FakeDescopeUserClient();
        users.Store.Seed(new User { LoginIds = [Tess], Test = true });
        await users.GenerateOtpForTestUserAsync(DeliveryMethod.Email, Tess);

        users.Store.Clear();

        users.Store.IssuedSecrets.Should().BeEmpty();
    }
}
