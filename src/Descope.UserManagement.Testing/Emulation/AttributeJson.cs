using System.Text.Json;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Testing.Emulation;

/// <summary>Turns a custom attribute value as a caller gives it into the JSON the server stores.</summary>
internal static class AttributeJson
{
    public static JsonElement ToElement(object? value)
    {
        if (value is JsonElement element)
        {
            return element.Clone();
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            CustomAttributeValues.Write(writer, value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
