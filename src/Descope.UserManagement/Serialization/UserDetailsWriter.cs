using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes the user object of update, patch, create and each batch-patch item straight from the caller's
/// <see cref="UserDetails"/> record, in descope-api.md's spelling. A <see langword="null"/> property is left out, so
/// "not set" never reaches the server as <c>null</c>; an empty string or list is written as given.
/// </summary>
internal static class UserDetailsWriter
{
    public static void Write(Utf8JsonWriter writer, string loginId, UserDetails details, UserStatus? status, bool test)
    {
        writer.WriteStartObject();
        writer.WriteString("loginId"u8, loginId);
        WriteString(writer, "email"u8, details.Email);
        WriteString(writer, "phone"u8, details.Phone);
        WriteString(writer, "name"u8, details.Name);
        WriteString(writer, "givenName"u8, details.GivenName);
        WriteString(writer, "middleName"u8, details.MiddleName);
        WriteString(writer, "familyName"u8, details.FamilyName);
        WriteBoolean(writer, "verifiedEmail"u8, details.VerifiedEmail);
        WriteBoolean(writer, "verifiedPhone"u8, details.VerifiedPhone);
        WriteStrings(writer, "roleNames"u8, details.RoleNames);
        if (details.UserTenants is { } tenants)
        {
            writer.WriteStartArray("userTenants"u8);
            foreach (var tenant in tenants)
            {
                writer.WriteStartObject();
                writer.WriteString("tenantId"u8, tenant.TenantId);
                WriteStrings(writer, "roleNames"u8, tenant.RoleNames);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (details.CustomAttributes is { } attributes)
        {
            writer.WriteStartObject("customAttributes"u8);
            foreach (var attribute in attributes)
            {
                writer.WritePropertyName(attribute.Key);
                CustomAttributeValues.Write(writer, attribute.Value);
            }

            writer.WriteEndObject();
        }

        WriteString(writer, "picture"u8, details.Picture);
        WriteStrings(writer, "additionalIdentifiers"u8, details.AdditionalIdentifiers);
        WriteStrings(writer, "ssoAppIds"u8, details.SsoAppIds);
        if (status is { } settable)
        {
            writer.WriteString("status"u8, UserStatusNames.ToWireValue(settable));
        }

        if (details is UserCreate create)
        {
            WriteBoolean(writer, "invite"u8, create.Invite);
            WriteString(writer, "inviteUrl"u8, create.InviteUrl);
            WriteBoolean(writer, "sendMail"u8, create.SendMail);
            WriteBoolean(writer, "sendSMS"u8, create.SendSms);
            if (test)
            {
                writer.WriteBoolean("test"u8, true);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, System.ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, System.ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, System.ReadOnlySpan<byte> name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }
}
