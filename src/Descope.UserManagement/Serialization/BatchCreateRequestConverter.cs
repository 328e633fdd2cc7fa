using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes <see cref="BatchCreateRequest"/> straight from the caller's records: <c>users</c>, each item the user's fields
/// (as <see cref="UserDetailsWriter"/> writes them) then <c>test</c>, <c>password</c>, <c>hashedPassword</c>,
/// <c>seed</c>, <c>status</c>, <c>createdTime</c> (Unix seconds), each only when set; then, for a batch invite,
/// <c>invite: true</c> and the invitation's options.
/// </summary>
internal sealed class BatchCreateRequestConverter : JsonConverter<BatchCreateRequest>
{
    public override BatchCreateRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, BatchCreateRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("users"u8);
        for (var i = 0; i < value.Users.Count; i++)
        {
            var user = value.Users[i];
            writer.WriteStartObject();
            UserDetailsWriter.WriteFields(writer, user.LoginId, user);
            JsonWrite.Boolean(writer, "test"u8, user.Test);
            JsonWrite.String(writer, "password"u8, user.Password);
            if (user.HashedPassword is { } hashed)
            {
                writer.WriteStartObject("hashedPassword"u8);
                hashed.Write(writer);
                writer.WriteEndObject();
            }

            JsonWrite.String(writer, "seed"u8, user.Seed);
            if (user.Status is { } status)
            {
                writer.WriteString("status"u8, UserStatusNames.ToWireValue(status));
            }

            if (user.CreatedTime is { } created)
            {
                writer.WriteNumber("createdTime"u8, created.ToUnixTimeSeconds());
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (value.Invitation is { } invitation)
        {
            UserDetailsWriter.WriteInvitation(writer, invitation);
        }

        writer.WriteEndObject();
    }
}
