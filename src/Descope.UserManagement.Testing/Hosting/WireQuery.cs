using Microsoft.AspNetCore.WebUtilities;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// Reads a query string the way <see cref="WireReader"/> reads a body: aliases renamed (docs/wire-contract.md §6), and
/// every parameter asked for remembered, so the scope can report the rest.
/// </summary>
internal sealed class WireQuery : IKeyUse
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sentAs = new(StringComparer.Ordinal);

    private WireQuery(Dictionary<string, string> values) => _values = values;

    /// <summary>The parameters of <paramref name="query"/> (with or without its <c>?</c>); the first value of each.</summary>
    public static WireQuery Parse(string query)
    {
        var values = QueryHelpers.ParseQuery(query).ToDictionary(p => p.Key, p => p.Value.Count > 0 ? p.Value[0] ?? "" : "", StringComparer.Ordinal);
        var reader = new WireQuery(values);
        var scope = WireScope.Current;
        if (scope is not null)
        {
            foreach (var pair in WireAliases.Query)
            {
                if (pair.AppliesAt(scope.Path) && values.TryGetValue(pair.Alias, out var value) && string.IsNullOrEmpty(values.GetValueOrDefault(pair.Documented)))
                {
                    values.Remove(pair.Alias);
                    values[pair.Documented] = value;
                    reader._sentAs[pair.Documented] = pair.Alias;
                }
            }

            scope.TrackQuery(reader);
        }

        return reader;
    }

    /// <summary>The parameter's value, or <see langword="null"/> when it was not sent.</summary>
    public string? String(string key)
    {
        _read.Add(key);
        return _values.TryGetValue(key, out var value) ? value : null;
    }

    public IEnumerable<string> UnusedKeys() =>
        _values.Keys.Where(key => !_read.Contains(key)).Select(key => "?" + _sentAs.GetValueOrDefault(key, key));
}
