using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Test users and embedded links (docs/wire-contract.md §3.40–§3.44). Each generator call mints a new secret and may
// void the last one, so the three generators are once-only; an extra embedded token is simply never used.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<GenerateOtpRequest, TestOtpAnswer> GenerateOtpForTestUser =
        Row("GenerateOtpForTestUser", Post, "/v1/mgmt/tests/generate/otp", TestUserJsonContext.Default.GenerateOtpRequest,
            TestUserJsonContext.Default.TestOtpAnswer, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<GenerateMagicLinkRequest, TestMagicLinkAnswer> GenerateMagicLinkForTestUser =
        Row("GenerateMagicLinkForTestUser", Post, "/v1/mgmt/tests/generate/magiclink", TestUserJsonContext.Default.GenerateMagicLinkRequest,
            TestUserJsonContext.Default.TestMagicLinkAnswer, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<GenerateEnchantedLinkRequest, TestEnchantedLinkAnswer> GenerateEnchantedLinkForTestUser =
        Row("GenerateEnchantedLinkForTestUser", Post, "/v1/mgmt/tests/generate/enchantedlink", TestUserJsonContext.Default.GenerateEnchantedLinkRequest,
            TestUserJsonContext.Default.TestEnchantedLinkAnswer, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<EmbeddedLinkRequest, EmbeddedTokenAnswer> GenerateEmbeddedLink =
        Row("GenerateEmbeddedLink", Post, "/v1/mgmt/user/signin/embeddedlink", TestUserJsonContext.Default.EmbeddedLinkRequest,
            TestUserJsonContext.Default.EmbeddedTokenAnswer);

    public static readonly DescopeOperation<SignUpEmbeddedLinkRequest, EmbeddedTokenAnswer> GenerateSignUpEmbeddedLink =
        Row("GenerateSignUpEmbeddedLink", Post, "/v1/mgmt/user/signup/embeddedlink", TestUserJsonContext.Default.SignUpEmbeddedLinkRequest,
            TestUserJsonContext.Default.EmbeddedTokenAnswer);
}

/// <summary>Body of the test-user OTP generator.</summary>
internal sealed class GenerateOtpRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("deliveryMethod")][JsonConverter(typeof(DeliveryMethodJsonConverter))] public DeliveryMethod DeliveryMethod { get; set; }
    [JsonPropertyName("loginOptions")][JsonConverter(typeof(LoginOptionsJsonConverter))] public LoginOptions? LoginOptions { get; set; }
}

/// <summary>Body of the test-user magic-link generator; the redirect goes as <c>URI</c>, as Descope's Go, Node, Python and Java SDKs send it.</summary>
internal sealed class GenerateMagicLinkRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("deliveryMethod")][JsonConverter(typeof(DeliveryMethodJsonConverter))] public DeliveryMethod DeliveryMethod { get; set; }
    [JsonPropertyName("URI")] public string? RedirectUrl { get; set; }
    [JsonPropertyName("loginOptions")][JsonConverter(typeof(LoginOptionsJsonConverter))] public LoginOptions? LoginOptions { get; set; }
}

/// <summary>Body of the test-user enchanted-link generator (no delivery method).</summary>
internal sealed class GenerateEnchantedLinkRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("URI")] public string? RedirectUrl { get; set; }
    [JsonPropertyName("loginOptions")][JsonConverter(typeof(LoginOptionsJsonConverter))] public LoginOptions? LoginOptions { get; set; }
}

/// <summary>Body of the sign-in embedded link.</summary>
internal sealed class EmbeddedLinkRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("customClaims")][JsonConverter(typeof(ClaimsJsonConverter))] public IReadOnlyDictionary<string, object?>? CustomClaims { get; set; }
    [JsonPropertyName("timeout")] public int? Timeout { get; set; }
}

/// <summary>Body of the sign-up embedded link.</summary>
internal sealed class SignUpEmbeddedLinkRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("user")] public SignUpUserBody? User { get; set; }
    [JsonPropertyName("emailVerified")] public bool? EmailVerified { get; set; }
    [JsonPropertyName("phoneVerified")] public bool? PhoneVerified { get; set; }
    [JsonPropertyName("loginOptions")][JsonConverter(typeof(LoginOptionsJsonConverter))] public LoginOptions? LoginOptions { get; set; }
    [JsonPropertyName("timeout")] public int? Timeout { get; set; }
}

/// <summary>The <c>user</c> object of the sign-up embedded link.</summary>
internal sealed class SignUpUserBody
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("middleName")] public string? MiddleName { get; set; }
    [JsonPropertyName("familyName")] public string? FamilyName { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
}

/// <summary>The answer of the OTP generator: <c>{"loginId", "code"}</c>.</summary>
internal sealed class TestOtpAnswer : IWireAnswer
{
    [JsonPropertyName("loginId")] public string? LoginId { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }

    public string? Problem => string.IsNullOrEmpty(Code) ? "The response did not contain a code." : null;
}

/// <summary>The answer of the magic-link generator: <c>{"loginId", "link"}</c>.</summary>
internal sealed class TestMagicLinkAnswer : IWireAnswer
{
    [JsonPropertyName("loginId")] public string? LoginId { get; set; }
    [JsonPropertyName("link")] public string? Link { get; set; }

    public string? Problem => string.IsNullOrEmpty(Link) ? "The response did not contain a link." : null;
}

/// <summary>The answer of the enchanted-link generator: <c>{"loginId", "link", "pendingRef"}</c>.</summary>
internal sealed class TestEnchantedLinkAnswer : IWireAnswer
{
    [JsonPropertyName("loginId")] public string? LoginId { get; set; }
    [JsonPropertyName("link")] public string? Link { get; set; }
    [JsonPropertyName("pendingRef")] public string? PendingRef { get; set; }

    public string? Problem =>
        string.IsNullOrEmpty(Link) ? "The response did not contain a link."
        : string.IsNullOrEmpty(PendingRef) ? "The response did not contain a pending reference."
        : null;
}

/// <summary>The answer of both embedded links: <c>{"token"}</c>, sign-in adding <c>maskedEmail</c> and <c>maskedPhone</c>.</summary>
internal sealed class EmbeddedTokenAnswer : IWireAnswer
{
    [JsonPropertyName("token")] public string? Token { get; set; }
    [JsonPropertyName("maskedEmail")] public string? MaskedEmail { get; set; }
    [JsonPropertyName("maskedPhone")] public string? MaskedPhone { get; set; }

    public string? Problem => string.IsNullOrEmpty(Token) ? "The response did not contain a token." : null;
}

/// <summary>The bodies and answers of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GenerateOtpRequest))]
[JsonSerializable(typeof(GenerateMagicLinkRequest))]
[JsonSerializable(typeof(GenerateEnchantedLinkRequest))]
[JsonSerializable(typeof(EmbeddedLinkRequest))]
[JsonSerializable(typeof(SignUpEmbeddedLinkRequest))]
[JsonSerializable(typeof(TestOtpAnswer))]
[JsonSerializable(typeof(TestMagicLinkAnswer))]
[JsonSerializable(typeof(TestEnchantedLinkAnswer))]
[JsonSerializable(typeof(EmbeddedTokenAnswer))]
internal sealed partial class TestUserJsonContext : JsonSerializerContext
{
}
