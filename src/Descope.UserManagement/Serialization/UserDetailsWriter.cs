using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes the user object of update, patch, create, invite, each batch-patch item and each batch-create item straight
/// from the caller's <see cref="UserDetails"/> record, as docs/wire-contract.md §1.4 spells them. A <see langword="null"/>
/// property is left out, so "not set" never reaches the server as <c>null</c>; an empty string or list is written as given.
/// </summary>
internal static class UserDetailsWriter
{
    /// <summary>
    /// A whole body: the fields, a patch's status, then for a create its invitation keys (<paramref name="invitation"/>,
    /// when given, makes it an invite: <c>invite: true</c> with those options) and a test user's <c>test</c>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, string loginId, UserDetails details, UserStatus? status, bool test, InviteOptions? invitation = null)
    {
        writer.WriteStartObject();
        WriteFields(writer, loginId, details);
        if (status is { } settable)
        {
            writer.WriteString("status"u8, UserStatusNames.ToWireValue(settable));
        }

        if (details is UserCreate create)
        {
            if (invitation is not null)
            {
                WriteInvitation(writer, invitation);
            }
            else
            {
                JsonWrite.Boolean(writer, "invite"u8, create.Invite);
                JsonWrite.String(writer, "inviteUrl"u8, create.InviteUrl);
                JsonWrite.Boolean(writer, "sendMail"u8, create.SendMail);
                JsonWrite.Boolean(writer, "sendSMS"u8, create.SendSms);
            }

            if (test)
            {
                writer.WriteBoolean("test"u8, true);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The user's fields, from <c>loginId</c> to <c>ssoAppIds</c>, inside an object the caller opened.</summary>
    public static void WriteFields(Utf8JsonWriter writer, string loginId, UserDetails details)
    {
        writer.WriteString("loginId"u8, loginId);
        JsonWrite.String(writer, "email"u8, details.Email);
        JsonWrite.String(writer, "phone"u8, details.Phone);
        JsonWrite.String(writer, "name"u8, details.Name);
        JsonWrite.String(writer, "givenName"u8, details.GivenName);
        JsonWrite.String(writer, "middleName"u8, details.MiddleName);
        JsonWrite.String(writer, "familyName"u8, details.FamilyName);
        JsonWrite.Boolean(writer, "verifiedEmail"u8, details.VerifiedEmail);
        JsonWrite.Boolean(writer, "verifiedPhone"u8, details.VerifiedPhone);
        JsonWrite.Strings(writer, "roleNames"u8, details.RoleNames);
        if (details.UserTenants is { } tenants)
        {
            writer.WriteStartArray("userTenants"u8);
            foreach (var tenant in tenants)
            {
                writer.WriteStartObject();
                writer.WriteString("tenantId"u8, tenant.TenantId);
                JsonWrite.Strings(writer, "roleNames"u8, tenant.RoleNames);
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

        JsonWrite.String(writer, "picture"u8, details.Picture);
        JsonWrite.Strings(writer, "additionalIdentifiers"u8, details.AdditionalIdentifiers);
        JsonWrite.Strings(writer, "ssoAppIds"u8, details.SsoAppIds);
    }

    /// <summary>
    /// <c>invite: true</c> and the options that are set, in the order <c>inviteUrl</c>, <c>sendMail</c>, <c>sendSMS</c>,
    /// <c>templateId</c>, <c>templateOptions</c>, <c>locale</c> (single invite and batch invite alike).
    /// </summary>
    public static void WriteInvitation(Utf8JsonWriter writer, InviteOptions options)
    {
        writer.WriteBoolean("invite"u8, true);
        JsonWrite.String(writer, "inviteUrl"u8, options.InviteUrl);
        JsonWrite.Boolean(writer, "sendMail"u8, options.SendMail);
        JsonWrite.Boolean(writer, "sendSMS"u8, options.SendSms);
        JsonWrite.String(writer, "templateId"u8, options.TemplateId);
        if (options.TemplateOptions is { } variables)
        {
            writer.WriteStartObject("templateOptions"u8);
            foreach (KeyValuePair<string, string> variable in variables)
            {
                writer.WriteString(variable.Key, variable.Value);
            }

            writer.WriteEndObject();
        }

        JsonWrite.String(writer, "locale"u8, options.Locale);
    }
}
