namespace Descope.UserManagement.Testing.Tokens;

/// <summary>Base64url without padding (RFC 7515 §2), as JSON Web Tokens and key sets write bytes.</summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch
        {
            0 => "",
            2 => "==",
            3 => "=",
            _ => throw new FormatException("Not base64url: the length leaves one character over."),
        };
        return Convert.FromBase64String(padded);
    }
}
