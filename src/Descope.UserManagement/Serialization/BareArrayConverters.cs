using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement.Serialization;

/// <summary>Writes the history body as Descope takes it: a bare JSON array of user IDs (docs/wire-contract.md §3.51).</summary>
internal sealed class HistoryRequestConverter : JsonConverter<HistoryRequest>
{
    public override HistoryRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Request bodies are written, never read.");

    public override void Write(Utf8JsonWriter writer, HistoryRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var userId in value.UserIds)
        {
            writer.WriteStringValue(userId);
        }

        writer.WriteEndArray();
    }
}

/// <summary>Reads (and, for the emulator, writes) the history answer: a bare JSON array of logins.</summary>
internal sealed class HistoryAnswerConverter : JsonConverter<HistoryAnswer>
{
    public override HistoryAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Mismatch(ref reader, "history", "an array of logins");
        }

        return new HistoryAnswer { Entries = JsonSerializer.Deserialize(ref reader, AuthenticatorJsonContext.Default.ListLoginHistoryEntry) ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, HistoryAnswer value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Entries, AuthenticatorJsonContext.Default.ListLoginHistoryEntry);
}

/// <summary>Reads (and, for the emulator, writes) the provider-token answer: the token object at the top level.</summary>
internal sealed class ProviderTokenAnswerConverter : JsonConverter<ProviderTokenAnswer>
{
    public override ProviderTokenAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Mismatch(ref reader, "provider token", "an object");
        }

        return new ProviderTokenAnswer { Token = JsonSerializer.Deserialize(ref reader, AuthenticatorJsonContext.Default.ProviderToken)! };
    }

    public override void Write(Utf8JsonWriter writer, ProviderTokenAnswer value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Token, AuthenticatorJsonContext.Default.ProviderToken);
}
