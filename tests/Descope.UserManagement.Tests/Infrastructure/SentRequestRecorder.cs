namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// The innermost handler of a test client: sends over a plain sockets handler (no redirects, no cookies) and
/// records, per path, every attempt the client's pipeline sent and the Date header of each answer. It sees what left
/// the client, where a server's log shows only what arrived and was answered.
/// </summary>
public sealed class SentRequestRecorder : DelegatingHandler
{
    private readonly object _gate = new();
    private readonly List<string> _paths = [];
    private readonly Dictionary<string, DateTimeOffset?> _dates = [];

    public SentRequestRecorder()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
    }

    /// <summary>How many attempts went to <paramref name="path"/>.</summary>
    public int AttemptsTo(string path)
    {
        lock (_gate)
        {
            return _paths.Count(p => p == path);
        }
    }

    /// <summary>The Date header of the last answer from <paramref name="path"/>.</summary>
    public DateTimeOffset? DateOf(string path)
    {
        lock (_gate)
        {
            return _dates.GetValueOrDefault(path);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        lock (_gate)
        {
            _paths.Add(path);
        }

        var response = await base.SendAsync(request, cancellationToken);
        lock (_gate)
        {
            _dates[path] = response.Headers.Date;
        }

        return response;
    }
}
