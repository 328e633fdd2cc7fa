using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement.Serialization;

/// <summary>Writes <see cref="UpdateCustomAttributeRequest"/> with its value as given, JSON <c>null</c> included.</summary>
internal sealed class UpdateCustomAttributeRequestConverter : JsonConverter<UpdateCustomAttributeRequest>
{
    public override UpdateCustomAttributeRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, UpdateCustomAttributeRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("loginId"u8, value.LoginId);
        writer.WriteString("attributeKey"u8, value.AttributeKey);
        writer.WritePropertyName("attributeValue"u8);
        CustomAttributeValues.Write(writer, value.AttributeValue);
        writer.WriteEndObject();
    }
}
