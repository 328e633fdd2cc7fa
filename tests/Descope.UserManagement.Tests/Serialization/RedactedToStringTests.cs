using Descope.UserManagement.Testing;

namespace Descope.UserManagement.Tests.Serialization;

/// <summary>Results that carry a secret print it as &lt;redacted&gt;, the rest as records always print.</summary>
public sealed class RedactedToStringTests
{
    public static TheoryData<object, string> Results => new()
    {
        { new TestUserOtp { LoginId = "tess", Code = "123456" }, "TestUserOtp { LoginId = tess, Code = <redacted> }" },
        { new TestUserMagicLink { LoginId = "tess", Link = "https://a.example.com/v?t=Secret1" }, "TestUserMagicLink { LoginId = tess, Link = <redacted> }" },
        {
            new TestUserEnchantedLink { LoginId = "tess", Link = "https://a.example.com/v?t=Secret2", PendingRef = "Pending3" },
            "TestUserEnchantedLink { LoginId = tess, Link = <redacted>, PendingRef = <redacted> }"
        },
        {
            new EmbeddedLinkToken { Token = "Embedded4", MaskedEmail = "t***@example.com" },
            "EmbeddedLinkToken { Token = <redacted>, MaskedEmail = t***@example.com, MaskedPhone =  }"
        },
        {
            new ProviderToken { Provider = "google", ProviderUserId = "g-1", AccessToken = "ya29.Access5", Scopes = ["email", "profile"], RefreshToken = "1//Refresh6" },
            "ProviderToken { Provider = google, ProviderUserId = g-1, AccessToken = <redacted>, Expiration = , Scopes = email profile, RefreshToken = <redacted> }"
        },
        { new ProviderToken { Provider = "google" }, "ProviderToken { Provider = google, ProviderUserId = , AccessToken = , Expiration = , Scopes = , RefreshToken =  }" },
        {
            new IssuedTestSecret { Kind = TestSecretKind.EnchantedLink, LoginId = "tess", Value = "https://x/?t=Tok7", Token = "Tok7", PendingRef = "Ref8" },
            "IssuedTestSecret { Kind = EnchantedLink, LoginId = tess, UserId = , DeliveryMethod = , Value = <redacted>, Token = <redacted>, PendingRef = <redacted>, RedirectUrl = , CustomClaims = , SignUpUser = , IssuedAt = "
                + default(DateTimeOffset) + " }"
        },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void ToString_shows_the_secret_as_redacted(object result, string expected)
    {
        result.ToString().Should().Be(expected);
    }
}
