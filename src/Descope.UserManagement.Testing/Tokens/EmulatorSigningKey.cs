using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Descope.UserManagement.Testing.Tokens;

/// <summary>
/// The emulator's token signing key: an RSA key made for one emulator, published as a JSON Web Key Set and used to
/// sign compact RS256 tokens. Its <see cref="KeyId"/> is the key's RFC 7638 thumbprint.
/// </summary>
internal sealed class EmulatorSigningKey : IDisposable
{
    private const int KeySizeInBits = 2048;
    private readonly RSA _rsa;

    /// <summary>A new random key.</summary>
    public EmulatorSigningKey()
        : this(RSA.Create(KeySizeInBits))
    {
    }

    /// <summary>Signs with <paramref name="rsa"/> (now owned by this key) under <paramref name="keyId"/>, or under its thumbprint.</summary>
    public EmulatorSigningKey(RSA rsa, string? keyId = null)
    {
        _rsa = rsa;
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        Modulus = Base64Url.Encode(parameters.Modulus);
        Exponent = Base64Url.Encode(parameters.Exponent);
        KeyId = keyId ?? Thumbprint(Modulus, Exponent);
    }

    /// <summary>The <c>kid</c> named in each token's header and in the key set.</summary>
    public string KeyId { get; }

    /// <summary>The public modulus, base64url (<c>n</c>).</summary>
    public string Modulus { get; }

    /// <summary>The public exponent, base64url (<c>e</c>).</summary>
    public string Exponent { get; }

    /// <summary>The key set Descope serves at <c>GET /v2/keys/&lt;projectId&gt;</c>: <c>{"keys": [the public key]}</c>.</summary>
    public byte[] KeySetJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            json.WriteStartObject();
            json.WriteString("kty", "RSA");
            json.WriteString("use", "sig");
            json.WriteString("alg", "RS256");
            json.WriteString("kid", KeyId);
            json.WriteString("n", Modulus);
            json.WriteString("e", Exponent);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A compact JWT: this key's RS256 header, <paramref name="payloadJson"/> as the claims, and the signature.</summary>
    public string Sign(ReadOnlySpan<byte> payloadJson)
    {
        using var header = new MemoryStream();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteString("alg", "RS256");
            json.WriteString("typ", "JWT");
            json.WriteString("kid", KeyId);
            json.WriteEndObject();
        }

        var signingInput = Base64Url.Encode(header.ToArray()) + "." + Base64Url.Encode(payloadJson);
        var signature = _rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.Encode(signature);
    }

    public void Dispose() => _rsa.Dispose();

    // RFC 7638: SHA-256 over the required members in lexical order, with no whitespace.
    private static string Thumbprint(string modulus, string exponent) =>
        Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"e\":\"{exponent}\",\"kty\":\"RSA\",\"n\":\"{modulus}\"}}")));
}
