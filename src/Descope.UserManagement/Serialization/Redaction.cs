namespace Descope.UserManagement.Serialization;

/// <summary>
/// How a secret the SDK hands back (a test user's code or link, an embedded token, a provider token) shows in
/// <see cref="object.ToString"/>: as <see cref="Mark"/>, the same mark that stands for the management key elsewhere.
/// </summary>
internal static class Redaction
{
    public const string Mark = "<redacted>";

    /// <summary><see cref="Mark"/> for a secret that is there; nothing for one that is not (as a record prints null).</summary>
    public static string Of(string? secret) => string.IsNullOrEmpty(secret) ? "" : Mark;
}
