using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 with a free port: it records every request it receives and answers with
/// the responses a test queued, or with a default user answer.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<CannedResponse> _responses = new();

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What the server answers when no response is queued.</summary>
    public CannedResponse DefaultResponse { get; set; } = CannedResponse.Json(200, SampleUsers.UserAnswerJson);

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public void Enqueue(CannedResponse response) => _responses.Enqueue(response);

    public RecordedRequest SingleRequest()
    {
        var requests = Requests;
        requests.Should().HaveCount(1, "exactly one request was expected to reach the server");
        return requests[0];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body));

        var response = _responses.TryDequeue(out var queued) ? queued : DefaultResponse;
        context.Response.StatusCode = response.StatusCode;
        foreach (var header in response.Headers)
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (response.ContentType is not null)
        {
            context.Response.ContentType = response.ContentType;
        }

        await context.Response.WriteAsync(response.Body);
    }
}

/// <summary>One request as the server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>An answer for the server to give.</summary>
public sealed record CannedResponse(int StatusCode, string Body, string? ContentType, IReadOnlyDictionary<string, string> Headers)
{
    public static CannedResponse Json(int statusCode, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(statusCode, body, "application/json", headers ?? new Dictionary<string, string>());

    public static CannedResponse Text(int statusCode, string body, string contentType) =>
        new(statusCode, body, contentType, new Dictionary<string, string>());
}
