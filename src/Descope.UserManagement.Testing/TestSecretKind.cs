namespace Descope.UserManagement.Testing;

/// <summary>Which operation issued an <see cref="IssuedTestSecret"/>.</summary>
public enum TestSecretKind
{
    /// <summary>A one-time code for a test user (<c>GenerateOtpForTestUserAsync</c>).</summary>
    Otp = 0,

    /// <summary>A magic link for a test user (<c>GenerateMagicLinkForTestUserAsync</c>).</summary>
    MagicLink = 1,

    /// <summary>An enchanted link for a test user (<c>GenerateEnchantedLinkForTestUserAsync</c>).</summary>
    EnchantedLink = 2,

    /// <summary>A sign-in embedded-link token (<c>GenerateEmbeddedLinkAsync</c>).</summary>
    EmbeddedLink = 3,

    /// <summary>A sign-up embedded-link token (<c>GenerateSignUpEmbeddedLinkAsync</c>).</summary>
    SignUpEmbeddedLink = 4,
}
