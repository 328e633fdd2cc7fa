using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes custom claims (<c>customClaims</c> of embedded links and login options): an object whose values are written
/// as custom attribute values are (<see cref="CustomAttributeValues"/>).
/// </summary>
internal sealed class ClaimsJsonConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options) =>
        WriteClaims(writer, value);

    public static void WriteClaims(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> claims)
    {
        writer.WriteStartObject();
        foreach (var claim in claims)
        {
            writer.WritePropertyName(claim.Key);
            CustomAttributeValues.Write(writer, claim.Value);
        }

        writer.WriteEndObject();
    }
}
