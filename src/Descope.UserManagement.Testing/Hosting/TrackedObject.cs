using System.Text.Json.Nodes;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>A JSON object that remembers which keys were asked for: every read of a request body goes through one.</summary>
internal sealed class TrackedObject(JsonObject json)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>The object itself, for walking its keys without marking them read.</summary>
    public JsonObject Json => json;

    public JsonNode? this[string key]
    {
        get
        {
            _read.Add(key);
            return json[key];
        }
    }

    public bool ContainsKey(string key)
    {
        _read.Add(key);
        return json.ContainsKey(key);
    }

    public bool TryGetPropertyValue(string key, out JsonNode? value)
    {
        _read.Add(key);
        return json.TryGetPropertyValue(key, out value);
    }

    public bool WasRead(string key) => _read.Contains(key);
}
