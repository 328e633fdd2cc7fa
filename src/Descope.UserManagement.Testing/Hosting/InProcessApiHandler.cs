using System.Net;
using System.Net.Http.Headers;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// Answers the SDK's requests straight from <see cref="EmulatorApi"/> in the same process: no socket, no server.
/// The client above it still builds and reads the exact wire JSON, so behaviour matches the emulator.
/// </summary>
internal sealed class InProcessApiHandler : HttpMessageHandler
{
    private readonly EmulatorApi _api;

    public InProcessApiHandler(EmulatorApi api) => _api = api;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var uri = request.RequestUri!;
        var answer = _api.Handle(request.Method.Method, uri.AbsolutePath, uri.Query, body);
        var content = new ByteArrayContent(answer.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue(answer.ContentType);
        return new HttpResponseMessage((HttpStatusCode)answer.StatusCode) { Content = content, RequestMessage = request };
    }
}
