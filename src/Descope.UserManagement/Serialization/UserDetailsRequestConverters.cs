using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>Writes <see cref="UserDetailsRequest"/> with <see cref="UserDetailsWriter"/>; requests are never read.</summary>
internal sealed class UserDetailsRequestConverter : JsonConverter<UserDetailsRequest>
{
    public override UserDetailsRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, UserDetailsRequest value, JsonSerializerOptions options) =>
        UserDetailsWriter.Write(writer, value.LoginId, value.Details, value.Status, value.Test, value.Invitation);
}

/// <summary>Writes <see cref="BatchPatchRequest"/> as <c>{"users":[…]}</c> straight from the caller's patches.</summary>
internal sealed class BatchPatchRequestConverter : JsonConverter<BatchPatchRequest>
{
    public override BatchPatchRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, BatchPatchRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("users"u8);
        for (var i = 0; i < value.Users.Count; i++)
        {
            var patch = value.Users[i];
            UserDetailsWriter.Write(writer, patch.LoginId, patch, patch.Status, test: false);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
