using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes custom attribute values without reflection: the value kinds Descope stores (null, string, boolean,
/// number, array) plus <see cref="JsonElement"/> for anything already in JSON form.
/// </summary>
internal static class CustomAttributeValues
{
    /// <summary>
    /// Checks <paramref name="value"/> and returns the form to send: scalars as they are, a sequence copied once into
    /// an array (so a lazy or changing sequence is read exactly once). <see langword="false"/> for anything the
    /// server could not store: other types, nested sequences, an empty <see cref="JsonElement"/>, NaN or infinity.
    /// </summary>
    public static bool TryNormalize(object? value, out object? normalized)
    {
        normalized = value;
        switch (value)
        {
            case null or string or bool:
            case byte or sbyte or short or ushort or int or uint or long or ulong or decimal:
                return true;
            case float number:
                return !float.IsNaN(number) && !float.IsInfinity(number);
            case double number:
                return !double.IsNaN(number) && !double.IsInfinity(number);
            case JsonElement element:
                return element.ValueKind != JsonValueKind.Undefined;
            case IEnumerable items:
                var copy = new List<object?>();
                foreach (var item in items)
                {
                    if (item is IEnumerable and not string || !TryNormalize(item, out var normalizedItem))
                    {
                        return false;
                    }

                    copy.Add(normalizedItem);
                }

                normalized = copy.ToArray();
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
