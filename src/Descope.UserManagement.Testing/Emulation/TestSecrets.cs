using System.Globalization;
using System.Security.Cryptography;

namespace Descope.UserManagement.Testing.Emulation;

/// <summary>Fresh random codes, tokens and links, as the emulator hands them to test users.</summary>
internal static class TestSecrets
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A six-digit one-time code.</summary>
    public static string Code() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>An opaque token of 43 letters and digits.</summary>
    public static string Token() => RandomNumberGenerator.GetString(TokenAlphabet, 43);

    /// <summary><paramref name="redirectUrl"/> with the token added as query parameter <c>t</c>, as Descope's links carry it.</summary>
    public static string Link(string redirectUrl, string token)
    {
        var separator = redirectUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return redirectUrl + separator + "t=" + token;
    }

    /// <summary>An email shown as Descope masks it: the first character, stars, and the domain.</summary>
    public static string? MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : email[0] + new string('*', Math.Max(at - 1, 1)) + email[at..];
    }

    /// <summary>A phone shown with all but its last two digits masked.</summary>
    public static string? MaskPhone(string? phone) =>
        string.IsNullOrEmpty(phone) ? null : phone.Length <= 2 ? "**" : new string('*', phone.Length - 2) + phone[^2..];
}
