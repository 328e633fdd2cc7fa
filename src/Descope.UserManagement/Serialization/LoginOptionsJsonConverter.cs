using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes <see cref="LoginOptions"/> with only the keys the caller set, in the order of docs/wire-contract.md §3.40.
/// An options object with nothing set never gets here: the argument check turns it into "no options".
/// </summary>
internal sealed class LoginOptionsJsonConverter : JsonConverter<LoginOptions>
{
    public override LoginOptions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, LoginOptions value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        JsonWrite.Boolean(writer, "stepup"u8, value.StepUp);
        JsonWrite.Boolean(writer, "mfa"u8, value.Mfa);
        if (value.CustomClaims is { } claims)
        {
            writer.WritePropertyName("customClaims"u8);
            ClaimsJsonConverter.WriteClaims(writer, claims);
        }

        JsonWrite.Boolean(writer, "revokeOtherSessions"u8, value.RevokeOtherSessions);
        JsonWrite.Strings(writer, "revokeOtherSessionsTypes"u8, value.RevokeOtherSessionsTypes);
        JsonWrite.String(writer, "templateId"u8, value.TemplateId);
        if (value.TemplateOptions is { } templateOptions)
        {
            writer.WriteStartObject("templateOptions"u8);
            foreach (var option in templateOptions)
            {
                writer.WriteString(option.Key, option.Value);
            }

            writer.WriteEndObject();
        }

        JsonWrite.String(writer, "locale"u8, value.Locale);
        JsonWrite.String(writer, "ssoAppId"u8, value.SsoAppId);
        JsonWrite.String(writer, "pkceChallenge"u8, value.PkceChallenge);
        writer.WriteEndObject();
    }
}
