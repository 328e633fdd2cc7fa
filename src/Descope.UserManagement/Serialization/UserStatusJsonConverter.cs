using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>
/// Reads and writes <see cref="UserStatus"/> as Descope's lower-case strings. An unrecognised value reads as
/// <see cref="UserStatus.Unknown"/> so a new server-side status does not fail the response.
/// </summary>
internal sealed class UserStatusJsonConverter : JsonConverter<UserStatus>
{
    public override UserStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadStatus(ref reader);

    private static UserStatus ReadStatus(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return UserStatus.Unknown;
        }

        // The server's own spelling is matched on the bytes, so reading a status makes no string.
        if (reader.ValueTextEquals("enabled"u8))
        {
            return UserStatus.Enabled;
        }

        if (reader.ValueTextEquals("disabled"u8))
        {
            return UserStatus.Disabled;
        }

        if (reader.ValueTextEquals("invited"u8))
        {
            return UserStatus.Invited;
        }

        return UserStatusNames.Parse(reader.GetString());
    }

    /// <summary>A <c>status</c> value where the property may be JSON <c>null</c>.</summary>
    public static UserStatus? ReadNullable(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return ReadStatus(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, UserStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(UserStatusNames.ToWireValue(value));
}
