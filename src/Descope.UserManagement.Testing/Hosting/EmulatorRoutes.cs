using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// The emulator's routing table, keyed by the SDK's operation rows: each row's method and path lead to the handler
/// its area registered. The per-area semantics in Emulation/Semantics fill it.
/// </summary>
internal sealed class EmulatorRoutes
{
    private readonly Dictionary<string, Dictionary<string, (DescopeOperation Row, Route Handle)>> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<DescopeOperation> _rows = [];

    /// <summary>Answers one request: the row it matched, its query string (with the <c>?</c>) and its body.</summary>
    internal delegate EmulatorAnswer Route(DescopeOperation row, string query, string body);

    /// <summary>Serves <paramref name="row"/>'s method and path with <paramref name="route"/>.</summary>
    public void Map(DescopeOperation row, Route route)
    {
        if (!_byPath.TryGetValue(row.Path, out var byMethod))
        {
            _byPath[row.Path] = byMethod = new Dictionary<string, (DescopeOperation, Route)>(StringComparer.Ordinal);
        }

        byMethod[row.Method.Method] = (row, route);
        _rows.Add(row);
    }

    /// <summary>Serves a single-user row: the body's <c>loginId</c> names the user, and the answer is <c>{"user": …}</c>.</summary>
    public void MapUser(DescopeOperation row, Func<WireReader, string, User> call) =>
        Map(row, (matched, _, body) =>
        {
            var reader = WireReader.Parse(matched.Name, body);
            return EmulatorAnswer.ForUser(call(reader, reader.RequiredString("loginId")));
        });

    /// <summary>Whether <paramref name="row"/> has a handler.</summary>
    public bool Serves(DescopeOperation row) => _rows.Contains(row);

    /// <summary>Whether any handler serves this path.</summary>
    public bool Serves(string path) => _byPath.ContainsKey(path);

    public EmulatorAnswer Handle(string method, string path, string query, string body)
    {
        // Plain-text answers, not Descope error bodies: a path the emulator lacks is not "user not found".
        if (!_byPath.TryGetValue(path, out var byMethod))
        {
            return new EmulatorAnswer(404, System.Text.Encoding.UTF8.GetBytes($"The emulator does not serve {path}."), "text/plain");
        }

        if (!byMethod.TryGetValue(method, out var route))
        {
            return new EmulatorAnswer(405, System.Text.Encoding.UTF8.GetBytes($"{path} does not accept {method}."), "text/plain");
        }

        // The scope renames aliases for this path and collects the keys the operation's readers never looked at.
        using var scope = WireScope.Begin(path);
        return Run(route, query, body) with { UnusedKeys = scope.UnusedKeys(query, body) };
    }

    private static EmulatorAnswer Run((DescopeOperation Row, Route Handle) route, string query, string body)
    {
        try
        {
            return route.Handle(route.Row, query, body);
        }
        catch (DescopeApiException error)
        {
            return EmulatorAnswer.ForError(error);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // JSON that parses but does not fit (duplicate keys, a fraction where a count belongs): a bad request.
            return EmulatorAnswer.Error(400, EmulatedErrors.BadRequestCode, "Bad request", error.Message);
        }
    }
}
