using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// A Descope user as the server returns it. Every field is nullable because the server leaves out
/// what a user does not have; fields this SDK version does not know are kept in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record User
{
    /// <summary>Every login ID of the user (<c>loginIds</c>).</summary>
    [JsonPropertyName("loginIds")]
    public IReadOnlyList<string>? LoginIds { get; init; }

    /// <summary>The immutable Descope user ID (<c>userId</c>).</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>The full display name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The given (first) name (<c>givenName</c>).</summary>
    [JsonPropertyName("givenName")]
    public string? GivenName { get; init; }

    /// <summary>The middle name (<c>middleName</c>).</summary>
    [JsonPropertyName("middleName")]
    public string? MiddleName { get; init; }

    /// <summary>The family (last) name (<c>familyName</c>).</summary>
    [JsonPropertyName("familyName")]
    public string? FamilyName { get; init; }

    /// <summary>The email address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>The phone number (<c>phone</c>).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; init; }

    /// <summary>Whether the email is verified (<c>verifiedEmail</c>).</summary>
    [JsonPropertyName("verifiedEmail")]
    public bool? VerifiedEmail { get; init; }

    /// <summary>Whether the phone is verified (<c>verifiedPhone</c>).</summary>
    [JsonPropertyName("verifiedPhone")]
    public bool? VerifiedPhone { get; init; }

    /// <summary>Project-level roles (<c>roleNames</c>).</summary>
    [JsonPropertyName("roleNames")]
    public IReadOnlyList<string>? RoleNames { get; init; }

    /// <summary>Tenant memberships with roles and permissions (<c>userTenants</c>).</summary>
    [JsonPropertyName("userTenants")]
    public IReadOnlyList<UserTenant>? UserTenants { get; init; }

    /// <summary>The user's status (<c>status</c>); <see cref="UserStatus.Unknown"/> for a value this SDK does not know.</summary>
    [JsonPropertyName("status")]
    public UserStatus? Status { get; init; }

    /// <summary>IDs of the user at external identity providers (<c>externalIds</c>).</summary>
    [JsonPropertyName("externalIds")]
    public IReadOnlyList<string>? ExternalIds { get; init; }

    /// <summary>The URL of the user's picture (<c>picture</c>).</summary>
    [JsonPropertyName("picture")]
    public string? Picture { get; init; }

    /// <summary>Whether this is a test user (<c>test</c>).</summary>
    [JsonPropertyName("test")]
    public bool? Test { get; init; }

    /// <summary>Custom attribute values by key (<c>customAttributes</c>), each as the JSON the server sent.</summary>
    [JsonPropertyName("customAttributes")]
    public IReadOnlyDictionary<string, JsonElement>? CustomAttributes { get; init; }

    /// <summary>When the user was created (<c>createdTime</c>, Unix seconds on the wire).</summary>
    [JsonPropertyName("createdTime")]
    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>Whether the user has a TOTP authenticator (<c>TOTP</c>).</summary>
    [JsonPropertyName("TOTP")]
    public bool? Totp { get; init; }

    /// <summary>Whether the user logs in with SAML (<c>SAML</c>).</summary>
    [JsonPropertyName("SAML")]
    public bool? Saml { get; init; }

    /// <summary>Whether the user is provisioned through SCIM (<c>SCIM</c>).</summary>
    [JsonPropertyName("SCIM")]
    public bool? Scim { get; init; }

    /// <summary>Whether the user logs in with OIDC SSO (<c>OIDC</c>).</summary>
    [JsonPropertyName("OIDC")]
    public bool? Oidc { get; init; }

    /// <summary>Social login providers the user has used, by provider name (<c>OAuth</c>).</summary>
    [JsonPropertyName("OAuth")]
    public IReadOnlyDictionary<string, bool>? OAuth { get; init; }

    /// <summary>Whether the user has a WebAuthn (passkey) credential (<c>webauthn</c>).</summary>
    [JsonPropertyName("webauthn")]
    public bool? WebAuthn { get; init; }

    /// <summary>Whether the user has a password (<c>password</c>).</summary>
    [JsonPropertyName("password")]
    public bool? Password { get; init; }

    /// <summary>Whether the user has push authentication set up (<c>push</c>).</summary>
    [JsonPropertyName("push")]
    public bool? Push { get; init; }

    /// <summary>Whether the user can be edited (<c>editable</c>).</summary>
    [JsonPropertyName("editable")]
    public bool? Editable { get; init; }

    /// <summary>The SSO applications the user may use; empty means all of them (<c>ssoAppIds</c>).</summary>
    [JsonPropertyName("ssoAppIds")]
    public IReadOnlyList<string>? SsoAppIds { get; init; }

    /// <summary>Project-level permissions granted by the user's roles (<c>permissions</c>).</summary>
    [JsonPropertyName("permissions")]
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>When the user's consent expires, as the server sends it (<c>consentExpiration</c>).</summary>
    [JsonPropertyName("consentExpiration")]
    public double? ConsentExpiration { get; init; }

    /// <summary>Fields the server sent that this SDK version does not model, kept as JSON so nothing is lost.</summary>
    /// <remarks><see langword="null"/> when the server sent nothing unknown. Settable only because the JSON reader fills it.</remarks>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
