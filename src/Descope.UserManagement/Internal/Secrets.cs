using System.Collections.Generic;
using System.Text.Json;

namespace Descope.UserManagement.Internal;

/// <summary>
/// Keeps the secrets a request carries (passwords, TOTP seeds, password hashes) out of every text the SDK shows: an
/// error body that echoes one, a batch failure reason, a <c>ToString()</c>.
/// </summary>
internal static class Secrets
{
    public const string Mask = "<redacted>";

    /// <summary><paramref name="text"/> with every secret, as given or as escaped inside a JSON string, replaced by <see cref="Mask"/>.</summary>
    public static string Redact(string text, IReadOnlyList<string>? secrets)
    {
        if (secrets is null)
        {
            return text;
        }

        for (var i = 0; i < secrets.Count; i++)
        {
            var secret = secrets[i];
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            text = text.Replace(secret, Mask);
            var escaped = JsonEncodedText.Encode(secret).ToString();
            if (escaped != secret)
            {
                text = text.Replace(escaped, Mask);
            }
        }

        return text;
    }
}
