using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// Answers every request in memory with canned bytes: no sockets, so only client-side work is measured. When
/// <see cref="Recorded"/> is set (by the <c>verify</c> mode only, never while measuring), each management request
/// is written into it as text: method, URL, every header, and the body.
/// </summary>
internal sealed class CannedHandler(byte[] answer) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public List<string>? Recorded { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isLicense = request.RequestUri!.AbsolutePath == "/v1/mgmt/license";
        if (Recorded is { } recorded && !isLicense)
        {
            recorded.Add(Describe(request));
        }

        var content = new ByteArrayContent(isLicense ? CannedAnswers.License : answer);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    private static string Describe(HttpRequestMessage request)
    {
        var text = new StringBuilder().Append(request.Method).Append(' ').Append(request.RequestUri!.AbsoluteUri).Append('\n');
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>());
        foreach (var header in headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(header.Key.ToLowerInvariant()).Append(": ").Append(string.Join(", ", header.Value)).Append('\n');
        }

        if (request.Content is { } content)
        {
            text.Append('\n').Append(Encoding.UTF8.GetString(content.ReadAsByteArrayAsync().GetAwaiter().GetResult()));
        }

        return text.ToString();
    }
}
