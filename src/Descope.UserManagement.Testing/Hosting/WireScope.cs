using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// The request an operation is answering, as its readers see it: the path (aliases apply per path) and every
/// <see cref="WireReader"/> and <see cref="WireQuery"/> made for it, so that the keys no reader looked at can be
/// reported. <see cref="EmulatorRoutes"/> opens one around each operation; readers find it without being handed it.
/// </summary>
internal sealed class WireScope : IDisposable
{
    private static readonly AsyncLocal<WireScope?> s_current = new();

    private readonly WireScope? _outer;
    private readonly List<IKeyUse> _bodies = [];
    private readonly List<IKeyUse> _queries = [];

    private WireScope(string path)
    {
        Path = path;
        _outer = s_current.Value;
    }

    /// <summary>The scope of the operation running on this flow, or <see langword="null"/> outside one.</summary>
    public static WireScope? Current => s_current.Value;

    /// <summary>The request's path, e.g. <c>/v1/mgmt/user/update</c>.</summary>
    public string Path { get; }

    /// <summary>Opens a scope for a request to <paramref name="path"/> until it is disposed.</summary>
    public static WireScope Begin(string path)
    {
        var scope = new WireScope(path);
        s_current.Value = scope;
        return scope;
    }

    public void TrackBody(IKeyUse reader)
    {
        lock (_bodies)
        {
            _bodies.Add(reader);
        }
    }

    public void TrackQuery(IKeyUse reader)
    {
        lock (_queries)
        {
            _queries.Add(reader);
        }
    }

    /// <summary>
    /// The keys nobody read: of every reader made, the keys it did not look at (nested ones as paths such as
    /// <c>userTenants[0].foo</c>, query parameters as <c>?name</c>); of a body or query no reader was made for, all of them.
    /// </summary>
    public IReadOnlyList<string> UnusedKeys(string query, string body)
    {
        var unused = new List<string>();
        lock (_bodies)
        {
            unused.AddRange(_bodies.Count > 0 ? _bodies.SelectMany(KeysOf) : TopLevelKeys(body));
        }

        lock (_queries)
        {
            unused.AddRange(_queries.Count > 0 ? _queries.SelectMany(KeysOf) : QueryHelpers.ParseQuery(query).Keys.Select(key => "?" + key));
        }

        return unused.Count == 0 ? [] : unused.Distinct(StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => s_current.Value = _outer;

    private static string[] TopLevelKeys(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) || JsonNode.Parse(body) is not JsonObject obj ? [] : obj.Select(pair => pair.Key).ToArray();
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or an object with a key twice: the operation answered it as a bad request; nothing to list.
            return [];
        }
    }

    // A body whose object repeats a key cannot be walked; the operation has already answered it as a bad request.
    private static IEnumerable<string> KeysOf(IKeyUse reader)
    {
        try
        {
            return reader.UnusedKeys().ToArray();
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException)
        {
            return [];
        }
    }
}

/// <summary>A reader that can tell which of the keys it was given it never looked at.</summary>
internal interface IKeyUse
{
    IEnumerable<string> UnusedKeys();
}
