using System.Text.Json.Serialization;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>The answer to the emulator's basic search.</summary>
internal sealed class SearchResponse
{
    [JsonPropertyName("users")] public IReadOnlyList<User> Users { get; set; } = [];
    [JsonPropertyName("total")] public int Total { get; set; }
}

/// <summary>The answer to the license handshake.</summary>
internal sealed class LicenseResponse
{
    [JsonPropertyName("rateLimitTier")] public string RateLimitTier { get; set; } = "";
}

/// <summary>The JSON the emulator writes that the SDK itself never reads.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(LicenseResponse))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext
{
}
