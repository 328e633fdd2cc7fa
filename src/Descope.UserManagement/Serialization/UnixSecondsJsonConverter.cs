using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>Reads Descope's Unix-seconds timestamps (<c>createdTime</c>) as <see cref="DateTimeOffset"/> in UTC.</summary>
internal sealed class UnixSecondsJsonConverter : JsonConverter<DateTimeOffset?>
{
    // Beyond this the value is not a plausible timestamp and DateTimeOffset would overflow.
    private const long MaxUnixSeconds = 253_402_300_799;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadSeconds(ref reader);

    public static DateTimeOffset? ReadSeconds(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var seconds):
                return FromSeconds(seconds);
            case JsonTokenType.Number when reader.TryGetDouble(out var fractional):
                return FromSeconds((long)Math.Floor(fractional));
            case JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fromText):
                return FromSeconds(fromText);
            default:
                throw new JsonException($"Expected Unix seconds for a timestamp, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeSeconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static DateTimeOffset FromSeconds(long seconds)
    {
        if (seconds < 0 || seconds > MaxUnixSeconds)
        {
            throw new JsonException($"The timestamp {seconds} is outside the range of Unix seconds.");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
