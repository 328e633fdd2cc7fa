using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using WireMock;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.Matchers.Request;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// Descope's API played by a WireMock.Net server on 127.0.0.1, which shares no code with the SDK. It answers the
/// license handshake by itself; every other request must match a stub a test registered with <see cref="Expect"/>:
/// the exact method, path, query, SDK headers and body text. Anything else gets WireMock's 404 and is reported by
/// <see cref="VerifyEveryRequestMatched"/>.
/// </summary>
public sealed class StubDescope : IDisposable
{
    public const string LicensePath = "/v1/mgmt/license";

    /// <summary>The tier the license handshake answers with.</summary>
    public const string LicenseTier = "tier2";

    private readonly WireMockServer _server;
    private readonly List<HttpClient> _httpClients = [];

    private StubDescope(WireMockServer server, Uri baseUrl)
    {
        _server = server;
        BaseUrl = baseUrl;
        _server
            .Given(Request.Create().UsingGet().WithPath(new ExactMatcher(LicensePath)))
            .RespondWith(Json(200, $$"""{"rateLimitTier":"{{LicenseTier}}"}"""));
    }

    public Uri BaseUrl { get; }

    /// <summary>The <c>Authorization</c> value every request must carry.</summary>
    public static string Authorization => $"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}";

    /// <summary>The SDK release the <c>x-descope-sdk-version</c> header must name: the package version, no build metadata.</summary>
    public static string SdkVersion { get; } = ReleaseVersion(typeof(DescopeUserClient).Assembly);

    /// <summary>The headers every management request must carry, besides <c>Authorization</c> and <c>Content-Type</c>.</summary>
    public static IReadOnlyDictionary<string, string> SdkHeaders { get; } = new Dictionary<string, string>
    {
        ["x-descope-project-id"] = TestClients.ProjectId,
        ["x-descope-sdk-name"] = "Descope.UserManagement",
        ["x-descope-sdk-version"] = SdkVersion,
        ["x-descope-sdk-dotnet-version"] = RuntimeInformation.FrameworkDescription,
    };

    public static StubDescope Start()
    {
        // Loopback only, on a port the system just handed out; the client connects to 127.0.0.1 itself.
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [baseUrl.ToString().TrimEnd('/')],
            StartAdminInterface = false,
            ReadStaticMappings = false,
        });
        return new StubDescope(server, baseUrl);
    }

    /// <summary>Client options for this server. Retries are off: most tests check one answer; fault tests turn them on.</summary>
    public DescopeUserClientOptions Options(int batchSize = DescopeUserClientOptions.DefaultBatchSize) => new()
    {
        ProjectId = TestClients.ProjectId,
        ManagementKey = TestClients.ManagementKey,
        BaseUrl = BaseUrl,
        BatchSize = batchSize,
        Retry = new DescopeRetryOptions { MaxRetries = 0 },
    };

    /// <summary>A client with <see cref="Options"/> as changed by <paramref name="configure"/>; sending through <paramref name="innermost"/> when given.</summary>
    public DescopeUserClient CreateClient(Action<DescopeUserClientOptions>? configure = null, HttpMessageHandler? innermost = null)
    {
        var options = Options();
        configure?.Invoke(options);
        if (innermost is null)
        {
            return new DescopeUserClient(options);
        }

        var http = DescopeUserClient.CreateHttpClient(options, innermost);
        _httpClients.Add(http);
        return new DescopeUserClient(http, options);
    }

    /// <summary>
    /// A stub for exactly this request: method, path, raw query (<c>""</c> for none, else with its <c>?</c>), the
    /// bearer token and SDK headers, and, when <paramref name="body"/> is given, <c>Content-Type: application/json</c>
    /// and that body text byte for byte. Without a body the request must have neither body nor content type.
    /// </summary>
    public IRespondWithAProvider Expect(string method, string path, string? body, string query = "")
    {
        var request = Request.Create()
            .UsingMethod(method)
            .WithPath(new ExactMatcher(path))
            .WithHeader("Authorization", new ExactMatcher(Authorization));
        foreach (var (name, value) in SdkHeaders)
        {
            request = request.WithHeader(name, new ExactMatcher(value));
        }

        request = body is null
            ? request.WithHeader("Content-Type", "*", MatchBehaviour.RejectOnMatch).Add(new NoBodyMatcher())
            : request.WithHeader("Content-Type", new ExactMatcher("application/json")).WithBody(new ExactMatcher(body));
        request.Add(new RawQueryMatcher(query));
        return _server.Given(request).WithTitle($"{method} {path}{query}");
    }

    /// <summary>An answer with a JSON (or any) body and the given content type.</summary>
    public static IResponseBuilder Json(int status, string body, string contentType = "application/json") =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(body);

    /// <summary>The requests the server received, less the license handshake, in the order they arrived.</summary>
    public IReadOnlyList<ILogEntry> ManagementRequests() =>
        _server.LogEntries
            .Where(e => e.RequestMessage.Path != LicensePath)
            .OrderBy(e => e.RequestMessage.DateTime)
            .ToArray();

    /// <summary>The one management request the server received.</summary>
    public IRequestMessage SingleRequest()
    {
        var requests = ManagementRequests();
        requests.Should().HaveCount(1, "exactly one request was expected to reach the server");
        return requests[0].RequestMessage;
    }

    /// <summary>The one value of header <paramref name="name"/> (any case) on <paramref name="request"/>; null when absent.</summary>
    public static string? Header(IRequestMessage request, string name)
    {
        var values = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value)
            .ToArray();
        values.Length.Should().BeLessThanOrEqualTo(1, $"{name} is sent once at most");
        return values.SingleOrDefault();
    }

    /// <summary>The management requests that went to <paramref name="path"/>.</summary>
    public IReadOnlyList<IRequestMessage> RequestsTo(string path) =>
        ManagementRequests().Select(e => e.RequestMessage).Where(r => r.Path == path).ToArray();

    /// <summary>Fails unless every management request the server received matched a stub.</summary>
    public void VerifyEveryRequestMatched()
    {
        var unmatched = ManagementRequests().Where(e => e.MappingGuid is null).Select(Describe).ToArray();
        unmatched.Should().BeEmpty("every request the SDK sends must match a stub exactly (method, path, query, headers, body)");
    }

    public void Dispose()
    {
        foreach (var http in _httpClients)
        {
            http.Dispose();
        }

        _server.Stop();
        _server.Dispose();
    }

    // Says what arrived, without the key: the Authorization header is shown only as right or wrong.
    private static string Describe(ILogEntry entry)
    {
        var request = entry.RequestMessage;
        var headers = request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>();
        var shown = headers
            .Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}");
        var authorization = headers.TryGetValue("Authorization", out var values) && values.Count == 1 && values[0] == Authorization
            ? "Authorization: as expected"
            : "Authorization: not the expected bearer token";
        return $"{request.Method} {request.Path}{request.RawQuery} [{authorization}; {string.Join("; ", shown)}] body: {request.Body}";
    }

    private static string ReleaseVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Matches only the exact raw query (<c>""</c> for none), as sent, escapes included.</summary>
    private sealed class RawQueryMatcher(string query) : IRequestMatcher
    {
        public double GetMatchingScore(IRequestMessage requestMessage, IRequestMatchResult requestMatchResult)
        {
            var score = string.Equals(requestMessage.RawQuery ?? "", query, StringComparison.Ordinal) ? MatchScores.Perfect : MatchScores.Mismatch;
            return requestMatchResult.AddScore(GetType(), score, null);
        }
    }

    /// <summary>Matches only a request without a body.</summary>
    private sealed class NoBodyMatcher : IRequestMatcher
    {
        public double GetMatchingScore(IRequestMessage requestMessage, IRequestMatchResult requestMatchResult)
        {
            var score = requestMessage.BodyAsBytes is not { Length: > 0 } && string.IsNullOrEmpty(requestMessage.Body) ? MatchScores.Perfect : MatchScores.Mismatch;
            return requestMatchResult.AddScore(GetType(), score, null);
        }
    }
}
