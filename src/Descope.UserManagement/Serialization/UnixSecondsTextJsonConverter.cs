using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Trusted-device times (docs/wire-contract.md §3.48): Unix seconds that Descope sends as a JSON string holding an
/// integer, as protobuf encodes 64-bit numbers. Reads the string and a plain number alike; writes the string form.
/// </summary>
internal sealed class UnixSecondsTextJsonConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        UnixSecondsJsonConverter.ReadSeconds(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteStringValue(time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
