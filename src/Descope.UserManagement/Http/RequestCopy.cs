using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>A new request with the same method, URL, headers, context and body bytes: one per retry.</summary>
internal static class RequestCopy
{
    public static HttpRequestMessage Of(HttpRequestMessage original, DescopeRequestContext context)
    {
        var copy = context.CreateRequest(original.RequestUri!);
        copy.Version = original.Version;
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (context.Body is { } body)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
