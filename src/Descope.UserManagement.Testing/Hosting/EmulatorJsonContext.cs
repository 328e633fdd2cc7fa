using System.Text.Json.Serialization;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>The answer to the license handshake.</summary>
internal sealed class LicenseResponse
{
    [JsonPropertyName("rateLimitTier")] public string RateLimitTier { get; set; } = "";
}

/// <summary>The JSON the emulator writes that the SDK itself never reads.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LicenseResponse))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext
{
}
