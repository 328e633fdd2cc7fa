using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// Answers every request in memory with canned bytes: no sockets, so only client-side work is measured. When
/// <see cref="Recorded"/> is set (by the <c>verify</c> mode only, never while measuring), each management request
/// is written into it as text: method, URL, every header, and the body.
/// </summary>
internal sealed class CannedHandler(Func<HttpRequestMessage, byte[]> answer) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Answers every management request with the same bytes.</summary>
    public CannedHandler(byte[] answer)
        : this(_ => answer)
    {
    }

    public List<string>? Recorded { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isLicense = request.RequestUri!.AbsolutePath == "/v1/mgmt/license";
        if (Recorded is { } recorded && !isLicense)
        {
            recorded.Add(Describe(request));
        }

        var content = new ByteArrayContent(isLicense ? CannedAnswers.License : answer(request));
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

/// <summary>
/// Answers a search with the page its body asks for (<c>"page"</c>, 0 when absent), from pages built once. The body
/// is copied into a buffer kept for the next request and read with <see cref="Utf8JsonReader"/>, so answering
/// allocates nothing per request. One instance per handler: the buffer is not shared.
/// </summary>
internal sealed class SearchPageAnswers(byte[][] pages)
{
    private readonly MemoryStream _body = new();

    public byte[] For(HttpRequestMessage request)
    {
        _body.SetLength(0);
        request.Content!.CopyTo(_body, null, CancellationToken.None);
        var page = PageOf(_body.GetBuffer().AsSpan(0, (int)_body.Length));
        return page < pages.Length ? pages[page] : CannedAnswers.EmptySearchPage;
    }

    private static int PageOf(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("page"u8))
            {
                reader.Read();
                return reader.GetInt32();
            }

            if (reader.CurrentDepth >= 1)
            {
                reader.Skip();
            }
        }

        return 0;
    }
}
