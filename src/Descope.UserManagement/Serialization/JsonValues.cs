using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Reads the value kinds of Descope's user object from a <see cref="Utf8JsonReader"/> positioned on the value, with
/// the rules System.Text.Json applies: JSON <c>null</c> is <see langword="null"/>, and any other kind of value than
/// the one expected is a <see cref="JsonException"/>.
/// </summary>
internal static class JsonValues
{
    public static string? String(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, property, "a string"),
    };

    public static bool? Boolean(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, property, "true or false"),
    };

    public static double? Number(ref Utf8JsonReader reader, string property) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.Null => null,
        _ => throw Mismatch(ref reader, property, "a number"),
    };

    public static List<string>? Strings(ref Utf8JsonReader reader, string property)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch(ref reader, property, "an array of strings");
        }

        var items = new List<string>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(String(ref reader, property)!);
        }

        return items;
    }

    /// <summary>An object of JSON values by key; the last of two equal keys wins, as System.Text.Json has it.</summary>
    public static Dictionary<string, JsonElement>? Elements(ref Utf8JsonReader reader, string property) =>
        Object(ref reader, property, "an object", static (ref Utf8JsonReader value, string _) => JsonElement.ParseValue(ref value));

    public static Dictionary<string, bool>? Flags(ref Utf8JsonReader reader, string property) =>
        Object(ref reader, property, "an object of true or false values", static (ref Utf8JsonReader value, string name) =>
            Boolean(ref value, name) ?? throw Mismatch(ref value, name, "true or false"));

    private delegate T ValueReader<T>(ref Utf8JsonReader reader, string property);

    private static Dictionary<string, T>? Object<T>(ref Utf8JsonReader reader, string property, string expected, ValueReader<T> readValue)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Mismatch(ref reader, property, expected);
        }

        var values = new Dictionary<string, T>(StringComparer.Ordinal);
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            Next(ref reader);
            values[key] = readValue(ref reader, property);
        }

        return values;
    }

    /// <summary>Moves to the next token; the reader the serializer hands a converter always holds the whole value.</summary>
    public static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended in the middle of a value.");
        }

        return reader.TokenType;
    }

    public static JsonException Mismatch(ref Utf8JsonReader reader, string property, string expected) =>
        new($"The JSON value of '{property}' must be {expected}, not {Describe(reader.TokenType)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
