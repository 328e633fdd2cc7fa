using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Writes optional properties the way every Descope body has them: a <see langword="null"/> value is left out,
/// never sent as JSON <c>null</c>, and anything else is written as given.
/// </summary>
internal static class JsonWrite
{
    public static void String(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Boolean(Utf8JsonWriter writer, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    /// <summary>A list of strings; a null item inside it is written as <c>null</c>, as it was read.</summary>
    public static void Strings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            writer.WriteStringValue(values[i]);
        }

        writer.WriteEndArray();
    }
}
