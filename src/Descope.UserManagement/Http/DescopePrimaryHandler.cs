using System;
using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>The socket-level handler every Descope client ends in: no redirects, no cookies.</summary>
internal static class DescopePrimaryHandler
{
    public static HttpMessageHandler Create()
    {
#if NET8_0_OR_GREATER
        return new SocketsHttpHandler
        {
            // Descope never redirects a management call; following one could send the key elsewhere.
            AllowAutoRedirect = false,
            UseCookies = false,
            // Recycle connections so DNS changes of the API host are picked up by long-lived clients.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#else
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,

            // .NET Framework allows two connections per server by default; queued requests would eat into timeouts.
            MaxConnectionsPerServer = 100,
        };
#endif
    }
}
