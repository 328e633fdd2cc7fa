using System.Net;
using System.Net.Http.Headers;

namespace Descope.UserManagement.Benchmarks;

/// <summary>Answers every request in memory with canned bytes: no sockets, so only client-side work is measured.</summary>
internal sealed class CannedHandler(byte[] answer) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.RequestUri!.AbsolutePath == "/v1/mgmt/license" ? CannedAnswers.License : answer;
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
