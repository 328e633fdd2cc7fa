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
}
