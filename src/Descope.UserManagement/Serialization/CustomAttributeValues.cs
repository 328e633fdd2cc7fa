using System;
using System.Collections;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes custom attribute values without reflection: the value kinds Descope stores (null, string, boolean,
/// number, array) plus <see cref="JsonElement"/> for anything already in JSON form.
/// </summary>
internal static class CustomAttributeValues
{
    /// <summary>Whether <paramref name="value"/> is a kind this SDK can put on the wire.</summary>
    public static bool IsSupported(object? value)
    {
        switch (value)
        {
            case null or string or bool or JsonElement:
            case byte or sbyte or short or ushort or int or uint or long or ulong:
            case float or double or decimal:
                return true;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item is IEnumerable and not string || !IsSupported(item))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case JsonElement element: element.WriteTo(writer); break;
            case byte number: writer.WriteNumberValue(number); break;
            case sbyte number: writer.WriteNumberValue(number); break;
            case short number: writer.WriteNumberValue(number); break;
            case ushort number: writer.WriteNumberValue(number); break;
            case int number: writer.WriteNumberValue(number); break;
            case uint number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case ulong number: writer.WriteNumberValue(number); break;
            case float number: writer.WriteNumberValue(number); break;
            case double number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new JsonException($"A custom attribute value of type {value.GetType().Name} cannot be sent.");
        }
    }
}
