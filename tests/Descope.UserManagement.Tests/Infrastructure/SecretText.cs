namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// Looks for secrets in captured text without echoing them: a failing assertion on the result shows the lines that
/// hold one with every secret masked (the management key as <see cref="Mask"/>, any other as <see cref="SecretMask"/>),
/// so a leak is reported without printing the secret into the test output.
/// </summary>
public static class SecretText
{
    public const string Mask = "<the management key>";

    public const string SecretMask = "<a secret>";

    /// <summary>Every line of <paramref name="text"/> holding any of <paramref name="needles"/>, with every needle masked.</summary>
    public static string[] LinesWithAny(string text, params string[] needles)
    {
        var secrets = needles.Where(needle => !string.IsNullOrEmpty(needle)).OrderByDescending(needle => needle.Length).ToArray();
        return text.Split('\n')
            .Where(line => secrets.Any(needle => line.Contains(needle, StringComparison.Ordinal)))
            .Select(line => secrets.Aggregate(
                line.Replace(TestClients.ManagementKey, Mask, StringComparison.Ordinal),
                (masked, needle) => masked.Replace(needle, SecretMask, StringComparison.Ordinal)))
            .ToArray();
    }

    /// <summary>
    /// Every line of <paramref name="text"/> holding any of <paramref name="secrets"/> (by name), each secret shown only
    /// by its name, so a failing assertion reports where a secret leaked without printing it.
    /// </summary>
    public static string[] LinesWithAnyOf(string text, IReadOnlyDictionary<string, string> secrets) =>
        text.Split('\n')
            .Where(line => secrets.Values.Any(secret => line.Contains(secret, StringComparison.Ordinal)))
            .Select(line => secrets.Aggregate(line, (masked, secret) => masked.Replace(secret.Value, $"<the {secret.Key}>", StringComparison.Ordinal)))
            .ToArray();
}
