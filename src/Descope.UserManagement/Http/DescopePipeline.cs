using System;
using System.Collections.Generic;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Http;

/// <summary>
/// The SDK's handler chain, defined once for both <see cref="DescopeUserClient.CreateHttpClient"/> and
/// <c>AddDescopeUsers</c>: resilience (pacing, retries, timeouts, buffering) outermost, then the license-tier header.
/// Authentication is not a handler: the client applies it once to each request it makes.
/// </summary>
internal static class DescopePipeline
{
    /// <summary>The SDK's handlers, outermost first.</summary>
    /// <param name="currentOptions">The options in force now; read on every call.</param>
    /// <param name="licenseTiers">Where the license handshake's answer is kept.</param>
    /// <param name="logger">Where retries and handshake failures are logged.</param>
    public static IEnumerable<DelegatingHandler> Handlers(Func<DescopeUserClientOptions> currentOptions, LicenseTierCache licenseTiers, ILogger logger)
    {
        yield return new DescopeResilienceHandler(currentOptions, logger);
        yield return new DescopeLicenseHandler(licenseTiers, logger);
    }

    /// <summary>Links <paramref name="outermostFirst"/> over <paramref name="innermost"/> into one pipeline.</summary>
    public static HttpMessageHandler Chain(HttpMessageHandler innermost, IEnumerable<DelegatingHandler> outermostFirst)
    {
        var handlers = new List<DelegatingHandler>(outermostFirst);
        var next = innermost;
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            handlers[i].InnerHandler = next;
            next = handlers[i];
        }

        return next;
    }
}
