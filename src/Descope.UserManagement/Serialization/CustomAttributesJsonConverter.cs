using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>Writes the <c>customAttributes</c> object of update and patch requests.</summary>
internal sealed class CustomAttributesJsonConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Custom attributes in requests are written, never read; responses carry them as JsonElement.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var attribute in value)
        {
            writer.WritePropertyName(attribute.Key);
            CustomAttributeValues.Write(writer, attribute.Value);
        }

        writer.WriteEndObject();
    }
}
