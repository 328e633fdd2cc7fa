using System;
using System.Net.Http;

namespace Descope.UserManagement.Http;

/// <summary>Reads the <c>Retry-After</c> header, in seconds or as an HTTP date.</summary>
internal static class RetryAfterHeader
{
    // Beyond this a value is nonsense, and timers refuse waits that long; a day is already never waited out.
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return Clamp(delta);
        }

        if (retryAfter.Date is { } date)
        {
            // Measure against the server's own clock when it sent one, so client clock skew does not matter.
            var reference = response.Headers.Date ?? now;
            return Clamp(date - reference);
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > Longest ? Longest : wait;
}
