using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Reads and writes attribute definitions in the Go and Node shape (docs/wire-contract.md §3.52): <c>name</c>,
/// <c>displayName</c>, <c>type</c> (a number, always written), <c>options</c> as <c>[{value, label}]</c>,
/// <c>defaultValue</c>, <c>viewPermissions</c>, <c>editPermissions</c>; unset keys are left out. Reading also takes
/// options given as plain strings (Python's shape), each its own value and label, and skips keys it does not know.
/// </summary>
internal static class CustomAttributeDefinitionJson
{
    public static void Write(Utf8JsonWriter writer, CustomAttributeDefinition definition)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, definition.Name);
        JsonWrite.String(writer, "displayName"u8, definition.DisplayName);
        writer.WriteNumber("type"u8, definition.Type);
        if (definition.Options is { } options)
        {
            writer.WriteStartArray("options"u8);
            foreach (var option in options)
            {
                writer.WriteStartObject();
                writer.WriteString("value"u8, option.Value);
                writer.WriteString("label"u8, option.Label);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (definition.DefaultValue is not null)
        {
            writer.WritePropertyName("defaultValue"u8);
            CustomAttributeValues.Write(writer, definition.DefaultValue);
        }

        JsonWrite.Strings(writer, "viewPermissions"u8, definition.ViewPermissions);
        JsonWrite.Strings(writer, "editPermissions"u8, definition.EditPermissions);
        writer.WriteEndObject();
    }

    public static CustomAttributeDefinition Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Mismatch(ref reader, "attribute definition", "an object");
        }

        var definition = new CustomAttributeDefinition();
        while (JsonValues.Next(ref reader) != JsonTokenType.EndObject)
        {
            var key = reader.GetString();
            JsonValues.Next(ref reader);
            definition = key switch
            {
                "name" => definition with { Name = JsonValues.String(ref reader, "name") ?? "" },
                "displayName" => definition with { DisplayName = JsonValues.String(ref reader, "displayName") },
                "type" => definition with { Type = reader.TokenType == JsonTokenType.Null ? 0 : ReadType(ref reader) },
                "options" => definition with { Options = ReadOptions(ref reader) },
                "defaultValue" => definition with { DefaultValue = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader) },
                "viewPermissions" => definition with { ViewPermissions = JsonValues.Strings(ref reader, "viewPermissions") },
                "editPermissions" => definition with { EditPermissions = JsonValues.Strings(ref reader, "editPermissions") },
                _ => Skip(ref reader, definition),
            };
        }

        return definition;
    }

    private static int ReadType(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var type) ? type : throw JsonValues.Mismatch(ref reader, "type", "a 32-bit integer");

    private static List<CustomAttributeOption>? ReadOptions(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Mismatch(ref reader, "options", "an array");
        }

        var options = new List<CustomAttributeOption>();
        while (JsonValues.Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                var text = reader.GetString()!;
                options.Add(new CustomAttributeOption(text, text));
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonValues.Mismatch(ref reader, "options", "an array of {value, label}");
            }

            string? value = null, label = null;
            while (JsonValues.Next(ref reader) != JsonTokenType.EndObject)
            {
                var key = reader.GetString();
                JsonValues.Next(ref reader);
                switch (key)
                {
                    case "value": value = OptionText(ref reader); break;
                    case "label": label = JsonValues.String(ref reader, "label"); break;
                    default: reader.Skip(); break;
                }
            }

            options.Add(new CustomAttributeOption(value ?? "", label ?? value ?? ""));
        }

        return options;
    }

    // An option's value is a string in Go and Node; a number or boolean is kept in its JSON spelling.
    private static string? OptionText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => JsonElement.ParseValue(ref reader).GetRawText(),
        _ => throw JsonValues.Mismatch(ref reader, "value", "a string"),
    };

    private static CustomAttributeDefinition Skip(ref Utf8JsonReader reader, CustomAttributeDefinition definition)
    {
        reader.Skip();
        return definition;
    }
}

/// <summary>A list of attribute definitions (<c>data</c> of the answers, <c>attributes</c> of create); a null item stays null.</summary>
internal sealed class CustomAttributeDefinitionListConverter : JsonConverter<List<CustomAttributeDefinition>>
{
    public override List<CustomAttributeDefinition> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Mismatch(ref reader, "data", "an array of attribute definitions");
        }

        var definitions = new List<CustomAttributeDefinition>();
        while (JsonValues.Next(ref reader) != JsonTokenType.EndArray)
        {
            definitions.Add(reader.TokenType == JsonTokenType.Null ? null! : CustomAttributeDefinitionJson.Read(ref reader));
        }

        return definitions;
    }

    public override void Write(Utf8JsonWriter writer, List<CustomAttributeDefinition> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var definition in value)
        {
            if (definition is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                CustomAttributeDefinitionJson.Write(writer, definition);
            }
        }

        writer.WriteEndArray();
    }
}
