using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

/// <summary>The wire names of <see cref="DeliveryMethod"/> values (docs/wire-contract.md §3.40): lower case but <c>Embedded</c>.</summary>
internal static class DeliveryMethodNames
{
    public static bool IsDefined(DeliveryMethod value) => value is >= DeliveryMethod.Email and <= DeliveryMethod.Embedded;

    public static string ToWireValue(DeliveryMethod value) => value switch
    {
        DeliveryMethod.Email => "email",
        DeliveryMethod.Sms => "sms",
        DeliveryMethod.Voice => "voice",
        DeliveryMethod.WhatsApp => "whatsapp",
        DeliveryMethod.Embedded => "Embedded",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "This delivery method has no wire value."),
    };

    /// <summary>Reads a wire value exactly as Descope spells it; anything else is <see langword="false"/>.</summary>
    public static bool TryParse(string? text, out DeliveryMethod value)
    {
        for (var method = DeliveryMethod.Email; method <= DeliveryMethod.Embedded; method++)
        {
            if (string.Equals(text, ToWireValue(method), StringComparison.Ordinal))
            {
                value = method;
                return true;
            }
        }

        value = default;
        return false;
    }
}

/// <summary>Writes a <see cref="DeliveryMethod"/> as its wire name.</summary>
internal sealed class DeliveryMethodJsonConverter : JsonConverter<DeliveryMethod>
{
    public override DeliveryMethod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DeliveryMethodNames.TryParse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var value)
            ? value
            : throw new JsonException("Expected a delivery method: email, sms, voice, whatsapp or Embedded.");

    public override void Write(Utf8JsonWriter writer, DeliveryMethod value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DeliveryMethodNames.ToWireValue(value));
}
