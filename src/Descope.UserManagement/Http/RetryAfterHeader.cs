using System;
using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>Reads the <c>Retry-After</c> header, in seconds or as an HTTP date.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            // Measure against the server's own clock when it sent one, so client clock skew does not matter.
            var reference = response.Headers.Date ?? now;
            var wait = date - reference;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
