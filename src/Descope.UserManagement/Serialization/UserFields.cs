using System;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>The properties of Descope's user object that <see cref="User"/> models.</summary>
internal enum UserField
{
    Unknown,
    LoginIds,
    UserId,
    Name,
    GivenName,
    MiddleName,
    FamilyName,
    Email,
    Phone,
    VerifiedEmail,
    VerifiedPhone,
    RoleNames,
    UserTenants,
    Status,
    ExternalIds,
    Picture,
    Test,
    CustomAttributes,
    CreatedTime,
    Totp,
    Saml,
    Scim,
    Oidc,
    OAuth,
    WebAuthn,
    Password,
    Push,
    Editable,
    SsoAppIds,
    Permissions,
    ConsentExpiration,
}

/// <summary>Tells which <see cref="UserField"/> a property name is, from its UTF-8 bytes, without making a string.</summary>
internal static class UserFields
{
    public static UserField Identify(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Identify(reader.ValueSpan);
        }

        // Rare: a name written with escapes (or split across buffers) is compared in its unescaped form.
        return Identify(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!));
    }

    // Grouped by length so a name is compared with at most a few candidates.
    public static UserField Identify(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 => name.SequenceEqual("name"u8) ? UserField.Name
            : name.SequenceEqual("test"u8) ? UserField.Test
            : name.SequenceEqual("TOTP"u8) ? UserField.Totp
            : name.SequenceEqual("SAML"u8) ? UserField.Saml
            : name.SequenceEqual("SCIM"u8) ? UserField.Scim
            : name.SequenceEqual("OIDC"u8) ? UserField.Oidc
            : name.SequenceEqual("push"u8) ? UserField.Push
            : UserField.Unknown,
        5 => name.SequenceEqual("email"u8) ? UserField.Email
            : name.SequenceEqual("phone"u8) ? UserField.Phone
            : name.SequenceEqual("OAuth"u8) ? UserField.OAuth
            : UserField.Unknown,
        6 => name.SequenceEqual("userId"u8) ? UserField.UserId
            : name.SequenceEqual("status"u8) ? UserField.Status
            : UserField.Unknown,
        7 => name.SequenceEqual("picture"u8) ? UserField.Picture : UserField.Unknown,
        8 => name.SequenceEqual("loginIds"u8) ? UserField.LoginIds
            : name.SequenceEqual("webauthn"u8) ? UserField.WebAuthn
            : name.SequenceEqual("password"u8) ? UserField.Password
            : name.SequenceEqual("editable"u8) ? UserField.Editable
            : UserField.Unknown,
        9 => name.SequenceEqual("givenName"u8) ? UserField.GivenName
            : name.SequenceEqual("roleNames"u8) ? UserField.RoleNames
            : name.SequenceEqual("ssoAppIds"u8) ? UserField.SsoAppIds
            : UserField.Unknown,
        10 => name.SequenceEqual("middleName"u8) ? UserField.MiddleName
            : name.SequenceEqual("familyName"u8) ? UserField.FamilyName
            : UserField.Unknown,
        11 => name.SequenceEqual("userTenants"u8) ? UserField.UserTenants
            : name.SequenceEqual("externalIds"u8) ? UserField.ExternalIds
            : name.SequenceEqual("createdTime"u8) ? UserField.CreatedTime
            : name.SequenceEqual("permissions"u8) ? UserField.Permissions
            : UserField.Unknown,
        13 => name.SequenceEqual("verifiedEmail"u8) ? UserField.VerifiedEmail
            : name.SequenceEqual("verifiedPhone"u8) ? UserField.VerifiedPhone
            : UserField.Unknown,
        16 => name.SequenceEqual("customAttributes"u8) ? UserField.CustomAttributes : UserField.Unknown,
        17 => name.SequenceEqual("consentExpiration"u8) ? UserField.ConsentExpiration : UserField.Unknown,
        _ => UserField.Unknown,
    };
}
