using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Reads and writes Descope's user object in the SDK's answers. <see cref="User"/> is an immutable record, and the
/// generated serializer can only fill <c>init</c> properties through its constructor path, which boxes every value
/// into an argument array; every call returns users, so this reads each field straight into a local and builds the
/// record once. Property names match exactly (as the wire has them); unknown ones land in
/// <see cref="User.AdditionalProperties"/>.
/// </summary>
internal sealed class UserJsonConverter : JsonConverter<User>
{
    public override User Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadUser(ref reader);

    /// <summary>Writes the user as the server does, leaving out what is <see langword="null"/>; unknown fields go last.</summary>
    public override void Write(Utf8JsonWriter writer, User value, JsonSerializerOptions options) => WriteUser(writer, value);

    public static User ReadUser(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Mismatch(ref reader, "user", "an object");
        }

        IReadOnlyList<string>? loginIds = null, roleNames = null, externalIds = null, ssoAppIds = null, permissions = null;
        string? userId = null, name = null, givenName = null, middleName = null, familyName = null, email = null, phone = null, picture = null;
        bool? verifiedEmail = null, verifiedPhone = null, test = null, totp = null, saml = null, scim = null, oidc = null;
        bool? webAuthn = null, password = null, push = null, editable = null;
        IReadOnlyList<UserTenant>? userTenants = null;
        UserStatus? status = null;
        IReadOnlyDictionary<string, JsonElement>? customAttributes = null;
        IReadOnlyDictionary<string, bool>? oAuth = null;
        DateTimeOffset? createdTime = null;
        double? consentExpiration = null;
        Dictionary<string, JsonElement>? additional = null;

        while (JsonValues.Next(ref reader) != JsonTokenType.EndObject)
        {
            var field = UserFields.Identify(ref reader);
            string? unknownName = field == UserField.Unknown ? reader.GetString() : null;
            JsonValues.Next(ref reader);
            switch (field)
            {
                case UserField.LoginIds: loginIds = JsonValues.Strings(ref reader, "loginIds"); break;
                case UserField.UserId: userId = JsonValues.String(ref reader, "userId"); break;
                case UserField.Name: name = JsonValues.String(ref reader, "name"); break;
                case UserField.GivenName: givenName = JsonValues.String(ref reader, "givenName"); break;
                case UserField.MiddleName: middleName = JsonValues.String(ref reader, "middleName"); break;
                case UserField.FamilyName: familyName = JsonValues.String(ref reader, "familyName"); break;
                case UserField.Email: email = JsonValues.String(ref reader, "email"); break;
                case UserField.Phone: phone = JsonValues.String(ref reader, "phone"); break;
                case UserField.VerifiedEmail: verifiedEmail = JsonValues.Boolean(ref reader, "verifiedEmail"); break;
                case UserField.VerifiedPhone: verifiedPhone = JsonValues.Boolean(ref reader, "verifiedPhone"); break;
                case UserField.RoleNames: roleNames = JsonValues.Strings(ref reader, "roleNames"); break;
                case UserField.UserTenants: userTenants = UserTenantJson.ReadList(ref reader); break;
                case UserField.Status: status = UserStatusJsonConverter.ReadNullable(ref reader); break;
                case UserField.ExternalIds: externalIds = JsonValues.Strings(ref reader, "externalIds"); break;
                case UserField.Picture: picture = JsonValues.String(ref reader, "picture"); break;
                case UserField.Test: test = JsonValues.Boolean(ref reader, "test"); break;
                case UserField.CustomAttributes: customAttributes = JsonValues.Elements(ref reader, "customAttributes"); break;
                case UserField.CreatedTime: createdTime = UnixSecondsJsonConverter.ReadSeconds(ref reader); break;
                case UserField.Totp: totp = JsonValues.Boolean(ref reader, "TOTP"); break;
                case UserField.Saml: saml = JsonValues.Boolean(ref reader, "SAML"); break;
                case UserField.Scim: scim = JsonValues.Boolean(ref reader, "SCIM"); break;
                case UserField.Oidc: oidc = JsonValues.Boolean(ref reader, "OIDC"); break;
                case UserField.OAuth: oAuth = JsonValues.Flags(ref reader, "OAuth"); break;
                case UserField.WebAuthn: webAuthn = JsonValues.Boolean(ref reader, "webauthn"); break;
                case UserField.Password: password = JsonValues.Boolean(ref reader, "password"); break;
                case UserField.Push: push = JsonValues.Boolean(ref reader, "push"); break;
                case UserField.Editable: editable = JsonValues.Boolean(ref reader, "editable"); break;
                case UserField.SsoAppIds: ssoAppIds = JsonValues.Strings(ref reader, "ssoAppIds"); break;
                case UserField.Permissions: permissions = JsonValues.Strings(ref reader, "permissions"); break;
                case UserField.ConsentExpiration: consentExpiration = JsonValues.Number(ref reader, "consentExpiration"); break;
                default:
                    additional ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    additional[unknownName!] = JsonElement.ParseValue(ref reader);
                    break;
            }
        }

        return new User
        {
            LoginIds = loginIds, UserId = userId, Name = name, GivenName = givenName, MiddleName = middleName, FamilyName = familyName,
            Email = email, Phone = phone, VerifiedEmail = verifiedEmail, VerifiedPhone = verifiedPhone, RoleNames = roleNames,
            UserTenants = userTenants, Status = status, ExternalIds = externalIds, Picture = picture, Test = test,
            CustomAttributes = customAttributes, CreatedTime = createdTime, Totp = totp, Saml = saml, Scim = scim, Oidc = oidc,
            OAuth = oAuth, WebAuthn = webAuthn, Password = password, Push = push, Editable = editable, SsoAppIds = ssoAppIds,
            Permissions = permissions, ConsentExpiration = consentExpiration, AdditionalProperties = additional,
        };
    }

    public static void WriteUser(Utf8JsonWriter writer, User value)
    {
        writer.WriteStartObject();
        JsonWrite.Strings(writer, "loginIds"u8, value.LoginIds);
        JsonWrite.String(writer, "userId"u8, value.UserId);
        JsonWrite.String(writer, "name"u8, value.Name);
        JsonWrite.String(writer, "givenName"u8, value.GivenName);
        JsonWrite.String(writer, "middleName"u8, value.MiddleName);
        JsonWrite.String(writer, "familyName"u8, value.FamilyName);
        JsonWrite.String(writer, "email"u8, value.Email);
        JsonWrite.String(writer, "phone"u8, value.Phone);
        JsonWrite.Boolean(writer, "verifiedEmail"u8, value.VerifiedEmail);
        JsonWrite.Boolean(writer, "verifiedPhone"u8, value.VerifiedPhone);
        JsonWrite.Strings(writer, "roleNames"u8, value.RoleNames);
        if (value.UserTenants is { } tenants)
        {
            writer.WritePropertyName("userTenants"u8);
            UserTenantJson.WriteList(writer, tenants);
        }

        if (value.Status is { } status)
        {
            writer.WriteString("status"u8, UserStatusNames.ToWireValue(status));
        }

        JsonWrite.Strings(writer, "externalIds"u8, value.ExternalIds);
        JsonWrite.String(writer, "picture"u8, value.Picture);
        JsonWrite.Boolean(writer, "test"u8, value.Test);
        if (value.CustomAttributes is { } attributes)
        {
            writer.WriteStartObject("customAttributes"u8);
            foreach (var attribute in attributes)
            {
                writer.WritePropertyName(attribute.Key);
                attribute.Value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        if (value.CreatedTime is { } createdTime)
        {
            writer.WriteNumber("createdTime"u8, createdTime.ToUnixTimeSeconds());
        }

        JsonWrite.Boolean(writer, "TOTP"u8, value.Totp);
        JsonWrite.Boolean(writer, "SAML"u8, value.Saml);
        JsonWrite.Boolean(writer, "SCIM"u8, value.Scim);
        JsonWrite.Boolean(writer, "OIDC"u8, value.Oidc);
        if (value.OAuth is { } oAuth)
        {
            writer.WriteStartObject("OAuth"u8);
            foreach (var provider in oAuth)
            {
                writer.WriteBoolean(provider.Key, provider.Value);
            }

            writer.WriteEndObject();
        }

        JsonWrite.Boolean(writer, "webauthn"u8, value.WebAuthn);
        JsonWrite.Boolean(writer, "password"u8, value.Password);
        JsonWrite.Boolean(writer, "push"u8, value.Push);
        JsonWrite.Boolean(writer, "editable"u8, value.Editable);
        JsonWrite.Strings(writer, "ssoAppIds"u8, value.SsoAppIds);
        JsonWrite.Strings(writer, "permissions"u8, value.Permissions);
        if (value.ConsentExpiration is { } consentExpiration)
        {
            writer.WriteNumber("consentExpiration"u8, consentExpiration);
        }

        foreach (var extra in value.AdditionalProperties ?? EmptyExtras)
        {
            writer.WritePropertyName(extra.Key);
            extra.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static readonly Dictionary<string, JsonElement> EmptyExtras = [];
}
