using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>The <c>patchedUsers</c> array of batch patch, each user read by <see cref="UserJsonConverter"/>; a null item stays null.</summary>
internal sealed class UserListJsonConverter : JsonConverter<List<User>>
{
    public override List<User> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Mismatch(ref reader, "patchedUsers", "an array of users");
        }

        var users = new List<User>();
        while (JsonValues.Next(ref reader) != JsonTokenType.EndArray)
        {
            users.Add(reader.TokenType == JsonTokenType.Null ? null! : UserJsonConverter.ReadUser(ref reader));
        }

        return users;
    }

    public override void Write(Utf8JsonWriter writer, List<User> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var user in value)
        {
            if (user is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                UserJsonConverter.WriteUser(writer, user);
            }
        }

        writer.WriteEndArray();
    }
}
