using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>Links delegating handlers into one pipeline, outermost first.</summary>
internal static class DescopeHandlers
{
    public static HttpMessageHandler Chain(HttpMessageHandler innermost, params DelegatingHandler[] outermostFirst)
    {
        var next = innermost;
        for (var i = outermostFirst.Length - 1; i >= 0; i--)
        {
            outermostFirst[i].InnerHandler = next;
            next = outermostFirst[i];
        }

        return next;
    }
}
