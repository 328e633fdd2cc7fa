using System.Collections.Generic;
using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>A new request with the same method, URL, headers, options, context and body bytes: one per retry.</summary>
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
