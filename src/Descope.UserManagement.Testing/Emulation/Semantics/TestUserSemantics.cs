using System.Text.Json;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Test-user codes and links and embedded links, as Descope hands them out (docs/wire-contract.md §3.40–§3.44). The
/// generators serve test users only: an unknown user is "user not found" (<c>E062108</c>), a user that is not a test
/// user gets the validation error <c>E011003</c>. Every code, link and token is fresh and random, and the store keeps
/// it (<see cref="DescopeUserStore.LastIssued"/>) so a test can read it back.
/// </summary>
internal sealed class TestUserSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Map(DescopeOperations.GenerateOtpForTestUser, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var loginId = reader.RequiredString("loginId");
            var method = Delivery(row.Name, reader);
            var user = TestUser(row.Name, loginId);
            var code = TestSecrets.Code();
            store.Issue(new IssuedTestSecret { Kind = TestSecretKind.Otp, LoginId = loginId, UserId = user.UserId, DeliveryMethod = method, Value = code, Token = code });
            return EmulatorAnswer.Json(200, new TestOtpAnswer { LoginId = loginId, Code = code }, TestUserJsonContext.Default.TestOtpAnswer);
        });
        routes.Map(DescopeOperations.GenerateMagicLinkForTestUser, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var loginId = reader.RequiredString("loginId");
            var method = Delivery(row.Name, reader);
            var secret = IssueLink(TestSecretKind.MagicLink, row.Name, reader, loginId, method, pendingRef: null);
            return EmulatorAnswer.Json(200, new TestMagicLinkAnswer { LoginId = loginId, Link = secret.Value }, TestUserJsonContext.Default.TestMagicLinkAnswer);
        });
        routes.Map(DescopeOperations.GenerateEnchantedLinkForTestUser, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var loginId = reader.RequiredString("loginId");
            var secret = IssueLink(TestSecretKind.EnchantedLink, row.Name, reader, loginId, method: null, pendingRef: TestSecrets.Token());
            return EmulatorAnswer.Json(200, new TestEnchantedLinkAnswer { LoginId = loginId, Link = secret.Value, PendingRef = secret.PendingRef },
                TestUserJsonContext.Default.TestEnchantedLinkAnswer);
        });
        routes.Map(DescopeOperations.GenerateEmbeddedLink, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var loginId = reader.RequiredString("loginId");
            Timeout(row.Name, reader);
            var claims = reader.Element("customClaims") switch
            {
                { ValueKind: JsonValueKind.Null } => null,
                { ValueKind: JsonValueKind.Object } given => given.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal),
                _ => throw EmulatedErrors.MalformedBody(row.Name, "'customClaims' must be an object."),
            };
            var user = store.Get(row.Name, loginId);
            var token = IssueToken(new IssuedTestSecret { Kind = TestSecretKind.EmbeddedLink, LoginId = loginId, UserId = user.UserId, CustomClaims = claims });
            var answer = new EmbeddedTokenAnswer { Token = token, MaskedEmail = TestSecrets.MaskEmail(user.Email), MaskedPhone = TestSecrets.MaskPhone(user.Phone) };
            return EmulatorAnswer.Json(200, answer, TestUserJsonContext.Default.EmbeddedTokenAnswer);
        });
        routes.Map(DescopeOperations.GenerateSignUpEmbeddedLink, (row, _, body) =>
        {
            // Sign up or in: the user is created when the token is verified, so a new login ID is fine here.
            var reader = WireReader.Parse(row.Name, body);
            var loginId = reader.RequiredString("loginId");
            Timeout(row.Name, reader);
            var details = reader.Object("user");
            var signUpUser = new User
            {
                LoginIds = [loginId],
                Name = details?.String("name"),
                GivenName = details?.String("givenName"),
                MiddleName = details?.String("middleName"),
                FamilyName = details?.String("familyName"),
                Email = details?.String("email"),
                Phone = details?.String("phone"),
                VerifiedEmail = reader.Bool("emailVerified"),
                VerifiedPhone = reader.Bool("phoneVerified"),
            };
            var token = IssueToken(new IssuedTestSecret { Kind = TestSecretKind.SignUpEmbeddedLink, LoginId = loginId, UserId = store.Find(loginId)?.UserId, SignUpUser = signUpUser });
            return EmulatorAnswer.Json(200, new EmbeddedTokenAnswer { Token = token }, TestUserJsonContext.Default.EmbeddedTokenAnswer);
        });
    }

    private User TestUser(string operation, string loginId)
    {
        var user = store.Get(operation, loginId);
        return user.Test == true
            ? user
            : throw EmulatedErrors.Invalid(operation, $"'{loginId}' is not a test user; codes and links are generated for test users only.");
    }

    private IssuedTestSecret IssueLink(TestSecretKind kind, string operation, WireReader reader, string loginId, DeliveryMethod? method, string? pendingRef)
    {
        // URI is what Descope's SDKs send; redirectUrl is the reference's name for it. When both come, URI wins.
        var redirectUrl = reader.String("URI") ?? reader.String("redirectUrl");
        var user = TestUser(operation, loginId);
        var target = string.IsNullOrEmpty(redirectUrl) ? store.TestLinkRedirectUrl : redirectUrl;
        var token = TestSecrets.Token();
        return store.Issue(new IssuedTestSecret
        {
            Kind = kind, LoginId = loginId, UserId = user.UserId, DeliveryMethod = method, Value = TestSecrets.Link(target, token), Token = token,
            PendingRef = pendingRef, RedirectUrl = target,
        });
    }

    private string IssueToken(IssuedTestSecret secret)
    {
        var token = TestSecrets.Token();
        store.Issue(secret with { Value = token, Token = token });
        return token;
    }

    private static DeliveryMethod Delivery(string operation, WireReader reader)
    {
        var text = reader.String("deliveryMethod");
        if (string.IsNullOrEmpty(text))
        {
            throw EmulatedErrors.MissingArgument(operation, "deliveryMethod");
        }

        return DeliveryMethodNames.TryParse(text, out var method)
            ? method
            : throw EmulatedErrors.Invalid(operation, $"'{text}' is not a delivery method; use email, sms, voice, whatsapp or Embedded.");
    }

    private static void Timeout(string operation, WireReader reader)
    {
        if (reader.Int("timeout") is < 0)
        {
            throw EmulatedErrors.Invalid(operation, "timeout must not be negative.");
        }
    }
}
