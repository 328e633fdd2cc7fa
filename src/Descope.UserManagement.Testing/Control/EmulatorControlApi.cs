using System.Text;
using System.Text.Json;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Descope.UserManagement.Testing.Control;

/// <summary>
/// The emulator's control API under <c>/emulator/</c>, a prefix no Descope path has, for tests in any language: reset
/// and seed the store, inject faults and rate limits, read users, the journal and what the store keeps beside users
/// (invitations, issued test codes and links, logouts, password states, recovery contacts, authenticators, attribute
/// definitions). It takes the same
/// <c>Authorization: Bearer &lt;projectId&gt;:&lt;managementKey&gt;</c> as the emulated API; its own requests are neither
/// journaled nor faulted nor rate-limited. Each route is one line of the table in the constructor, so a read endpoint
/// for a new store is one more line.
/// </summary>
internal sealed class EmulatorControlApi
{
    public const string Prefix = "/emulator";

    private readonly EmulatorRequestHandler _emulator;
    private readonly string _expectedAuthorization;
    private readonly EmulatorSeed? _startingSeed;
    private readonly Dictionary<string, Func<ControlCall, EmulatorAnswer>> _routes = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private SeedCatalog _catalog = SeedCatalog.Empty;

    public EmulatorControlApi(EmulatorRequestHandler emulator, string projectId, string managementKey, EmulatorSeed? startingSeed)
    {
        _emulator = emulator;
        _expectedAuthorization = $"Bearer {projectId}:{managementKey}";
        _startingSeed = startingSeed;

        Map("POST", "reset", _ => Reset());
        Map("POST", "seed", call => Seed(call.Body));
        Map("GET", "users", _ => Users(emulator.Store.Users));
        Map("GET", "users/{loginIdOrUserId}", call => ForUser(call, EmulatorAnswer.ForUser));
        Map("GET", "invitations", _ => ControlStores.Invitations(emulator.Store));
        Map("GET", "secrets", _ => ControlStores.Secrets(emulator.Store, null));
        Map("GET", "secrets/{loginIdOrUserId}", call => ControlStores.Secrets(emulator.Store, call.Id));
        Map("GET", "logouts", _ => ControlStores.Logouts(emulator.Store));
        Map("GET", "passwords/{loginIdOrUserId}", call => ForUser(call, user => ControlStores.Password(emulator.Store, user)));
        Map("GET", "recovery/{loginIdOrUserId}", call => ForUser(call, user => ControlStores.Recovery(emulator.Store, user)));
        Map("GET", "authenticators/{loginIdOrUserId}", call => ForUser(call, user => ControlStores.Authenticators(emulator.Store, user)));
        Map("POST", "authenticators/{loginIdOrUserId}", call => ForUser(call, user => ControlStores.SeedAuthenticators(emulator.Store, user, call.Body)));
        Map("GET", "attributes", _ => ControlStores.AttributeDefinitions(emulator.Store));
        Map("GET", "journal", _ => Journal());
        Map("DELETE", "journal", _ => Done(emulator.Journal.Clear));
        Map("POST", "faults", call => InjectFault(Read(call.Body, ControlJsonContext.Default.FaultSpec)));
        Map("DELETE", "faults", _ => Done(emulator.Faults.Clear));
        Map("POST", "rate-limits", call => Done(() => emulator.AddRateLimit(ControlRequests.RateLimit(Read(call.Body, ControlJsonContext.Default.RateLimitSpec)))));
        Map("DELETE", "rate-limits", _ => Done(emulator.ClearRateLimits));
        Reset();
    }

    /// <summary>Every route, as <c>METHOD /emulator/name</c>.</summary>
    public IEnumerable<string> Routes => _routes.Keys.Select(key => key.Replace(" ", " " + Prefix + "/", StringComparison.Ordinal));

    public async Task HandleAsync(HttpContext context)
    {
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var answer = Answer(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(), body);
        context.Response.StatusCode = answer.StatusCode;
        context.Response.ContentType = answer.ContentType;
        context.Response.ContentLength = answer.Body.Length;
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private EmulatorAnswer Answer(string method, string path, string authorization, string body)
    {
        if (!string.Equals(authorization, _expectedAuthorization, StringComparison.Ordinal))
        {
            return Refuse(401, "The control API takes the emulator's own credentials: Authorization: Bearer <projectId>:<managementKey>.");
        }

        // A route is "users" or, with one value after it, "users/{loginIdOrUserId}".
        var name = path.Length > Prefix.Length + 1 ? path[(Prefix.Length + 1)..].TrimEnd('/') : "";
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var key = $"{method} {name}";
        string? id = null;
        if (!_routes.ContainsKey(key) && slash > 0)
        {
            key = _routes.Keys.FirstOrDefault(k => k.StartsWith($"{method} {name[..slash]}/{{", StringComparison.Ordinal)) ?? key;
            id = name[(slash + 1)..];
        }

        if (!_routes.TryGetValue(key, out var route))
        {
            return Refuse(404, $"The control API has no route {method} {path}. Its routes: {string.Join(", ", Routes)}.");
        }

        try
        {
            lock (_gate)
            {
                return route(new ControlCall(body, id));
            }
        }
        catch (SeedException error)
        {
            return Refuse(400, "The seed is not valid.", error.Problems);
        }
        catch (ControlRequestException error)
        {
            return Refuse(400, error.Message, error.Problems);
        }
        catch (JsonException error)
        {
            return Refuse(400, "The body is not valid: " + error.Message);
        }
    }

    // The state a run starts from: no users, nor anything the store keeps beside them (invitations, issued codes and
    // links, logouts, passwords, recovery contacts, authenticators, devices, provider tokens, history, attribute
    // definitions: DescopeUserStore.Clear), no journal, faults, limits or latency; then the starting seed again.
    private EmulatorAnswer Reset()
    {
        _emulator.Store.Clear();
        _emulator.Journal.Clear();
        _emulator.Faults.Clear();
        _emulator.ClearRateLimits();
        _emulator.Latency = TimeSpan.Zero;
        _catalog = SeedCatalog.Empty;
        if (_startingSeed is not null)
        {
            _startingSeed.ApplyTo(_emulator.Store);
            _catalog = _startingSeed.AddTo(_catalog);
        }

        return EmulatorAnswer.Empty();
    }

    private EmulatorAnswer Seed(string body)
    {
        var seed = EmulatorSeed.Parse(body, _catalog);
        var users = seed.ApplyTo(_emulator.Store);
        _catalog = seed.AddTo(_catalog);
        return Users(users);
    }

    private EmulatorAnswer InjectFault(FaultSpec spec)
    {
        var (fault, times) = ControlRequests.Fault(spec);
        _emulator.Faults.Inject(fault, times);
        return EmulatorAnswer.Empty();
    }

    private EmulatorAnswer Journal()
    {
        var answer = new JournalAnswer();
        foreach (var request in _emulator.Journal.Requests)
        {
            answer.Requests.Add(new JournalEntry
            {
                Method = request.Method,
                Path = request.Path,
                Query = request.Query,
                Headers = request.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase),
                Body = request.Body,
                UnusedKeys = request.UnusedKeys,
                ReceivedAt = request.ReceivedAt,
                StatusCode = request.StatusCode,
            });
        }

        return EmulatorAnswer.Json(200, answer, ControlJsonContext.Readable.JournalAnswer);
    }

    // A per-user route: the user named in the path, or 404.
    private EmulatorAnswer ForUser(ControlCall call, Func<User, EmulatorAnswer> route) =>
        _emulator.Store.Find(call.Id!) is { } user ? route(user) : Refuse(404, $"No user has login ID or user ID '{call.Id}'.");

    private void Map(string method, string name, Func<ControlCall, EmulatorAnswer> route) => _routes.Add($"{method} {name}", route);

    private static EmulatorAnswer Users(IReadOnlyList<User> users) =>
        EmulatorAnswer.Json(200, new UsersResponse { Users = users.ToList(), Total = users.Count }, SearchJsonContext.Default.UsersResponse);

    private static EmulatorAnswer Done(Action action)
    {
        action();
        return EmulatorAnswer.Empty();
    }

    private static T Read<T>(string body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(string.IsNullOrWhiteSpace(body) ? "{}" : body, type) ?? throw new ControlRequestException("The body must be a JSON object.");

    private static EmulatorAnswer Refuse(int status, string error, IReadOnlyList<string>? problems = null) =>
        EmulatorAnswer.Json(status, new ControlError { Error = error, Problems = problems }, ControlJsonContext.Readable.ControlError);

    private sealed record ControlCall(string Body, string? Id);
}
