namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// Looks for a secret in captured text without echoing it: a failing assertion on the result shows the lines that
/// hold it with the management key masked, so a leak is reported without printing the key into the test output.
/// </summary>
public static class SecretText
{
    public const string Mask = "<the management key>";

    /// <summary>Every line of <paramref name="text"/> holding any of <paramref name="needles"/>, the management key masked.</summary>
    public static string[] LinesWithAny(string text, params string[] needles) =>
        text.Split('\n')
            .Where(line => needles.Any(needle => line.Contains(needle, StringComparison.Ordinal)))
            .Select(line => line.Replace(TestClients.ManagementKey, Mask, StringComparison.Ordinal))
            .ToArray();

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
