using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// Glue between the client's <see cref="DescopeUserClientOptions.LoggerFactory"/> and the package's
/// <see cref="FakeLogCollector"/>: a factory that passes every level on, and the whole of what was logged as one text
/// for the tests that prove a secret never reaches a log.
/// </summary>
public static class FakeLogs
{
    /// <summary>A logger factory that hands records of every level, Trace included, to <paramref name="collector"/>.</summary>
    public static ILoggerFactory Factory(FakeLogCollector collector) =>
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));

    /// <summary>
    /// Everything logged, as one text with one line per record: its level, category, event id, message, every
    /// structured value, every scope with its values, and the exception in full (line breaks inside a record become
    /// spaces, so a line that holds a secret also names the record it came from).
    /// </summary>
    public static string AllText(this FakeLogCollector collector) =>
        string.Join("\n", collector.GetSnapshot().Select(r =>
            $"[{r.Level}] {r.Category} {r.Id.Id}: {r.Message} | {Values(r.State)} | {string.Join(" / ", r.Scopes.Select(Values))} | {r.Exception}"
                .ReplaceLineEndings(" ")));

    // The fake logger keeps structured state (and scopes) as key/value strings; a caller's own pairs are taken as they are.
    private static string Values(object? state) => state switch
    {
        IEnumerable<KeyValuePair<string, string?>> pairs => string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")),
        IEnumerable<KeyValuePair<string, object?>> pairs => string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")),
        null => "",
        _ => state.ToString() ?? "",
    };
}
