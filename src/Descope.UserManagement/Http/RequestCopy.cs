using System.Collections.Generic;
using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>A new request with the same method, URL, headers, metadata and body bytes: one per retry.</summary>
internal static class RequestCopy
{
    public static HttpRequestMessage Of(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

#if NET5_0_OR_GREATER
        foreach (var option in original.Options)
        {
            ((IDictionary<string, object?>)copy.Options)[option.Key] = option.Value;
        }
#else
        foreach (var property in original.Properties)
        {
            copy.Properties[property.Key] = property.Value;
        }
#endif
        return copy;
    }
}
