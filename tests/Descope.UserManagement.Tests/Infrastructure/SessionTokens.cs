using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Descope.UserManagement.Testing.Tokens;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Reads compact JWTs and makes ones the emulator would not: other issuers, other keys, refresh tokens.</summary>
public static class SessionTokens
{
    public static JsonElement Header(string token) => Part(token, 0);

    public static JsonElement Payload(string token) => Part(token, 1);

    /// <summary>Whether the token's RS256 signature verifies with the RSA key <paramref name="jwk"/> (an element of a key set).</summary>
    public static bool VerifiesWith(string token, JsonElement jwk)
    {
        var parts = token.Split('.');
        using var rsa = RSA.Create(new RSAParameters
        {
            Modulus = Base64Url.Decode(jwk.GetProperty("n").GetString()!),
            Exponent = Base64Url.Decode(jwk.GetProperty("e").GetString()!),
        });
        return rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    /// <summary>A token with exactly these claims (any JSON-serializable object), signed by <paramref name="key"/>.</summary>
    internal static string Sign(EmulatorSigningKey key, object claims) => key.Sign(JsonSerializer.SerializeToUtf8Bytes(claims));

    /// <summary>Claims laid out like a Descope session token's; change what a test needs with <c>with</c>-style copies.</summary>
    public static Dictionary<string, object> SessionClaims(string userId, string issuer, IReadOnlyList<string> roles, DateTimeOffset? issuedAt = null, TimeSpan? lifetime = null)
    {
        var iat = issuedAt ?? DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["sub"] = userId,
            ["iss"] = issuer,
            ["iat"] = iat.ToUnixTimeSeconds(),
            ["exp"] = (iat + (lifetime ?? TimeSpan.FromMinutes(10))).ToUnixTimeSeconds(),
            ["drn"] = "DS",
            ["roles"] = roles,
            ["permissions"] = Array.Empty<string>(),
            ["tenants"] = new Dictionary<string, object>(),
        };
    }

    private static JsonElement Part(string token, int index)
    {
        using var document = JsonDocument.Parse(Base64Url.Decode(token.Split('.')[index]));
        return document.RootElement.Clone();
    }
}
