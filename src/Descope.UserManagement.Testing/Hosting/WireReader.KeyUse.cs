using System.Text.Json.Nodes;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>Where a reader's object sits in the request, and which of its keys were never read.</summary>
internal sealed partial class WireReader
{
    // The alias place of this object (the path, or "path key[]" for array items) and its position in the body as
    // reported, e.g. "userTenants[0]." (empty for the body itself).
    private readonly string? _place;
    private readonly string _path;

    // Documented keys that arrived under an alias, so an unread one is reported as the name the client sent.
    private readonly Dictionary<string, string>? _sentAs;

    /// <summary>The keys of this object that no read asked for, as paths from the body (<c>userTenants[0].foo</c>).</summary>
    public IEnumerable<string> UnusedKeys() =>
        _body.Json
            .Select(pair => pair.Key)
            .Where(key => !_body.WasRead(key))
            .Select(key => _path + (_sentAs is not null && _sentAs.TryGetValue(key, out var alias) ? alias : key))
            .ToArray();

    /// <summary>A reader for an object nested at <paramref name="position"/> under <paramref name="key"/>; <paramref name="shape"/> is <c>[]</c> for array items, <c>{}</c> for map values.</summary>
    private WireReader Child(JsonObject obj, string key, string position, string shape) =>
        new(_operation, obj, _place is null ? null : $"{_place} {key}{shape}", $"{_path}{position}.");
}
