using System;

namespace Descope.UserManagement;

/// <summary>Descope refused the call because a rate limit was reached (HTTP 429, error code <c>E130429</c>).</summary>
public class DescopeRateLimitException : DescopeApiException
{
    /// <summary>Creates a rate-limit exception.</summary>
    /// <param name="details">What the server answered.</param>
    /// <param name="retryAfter">How long the server asked to wait, from its <c>Retry-After</c> header.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    public DescopeRateLimitException(DescopeErrorDetails details, TimeSpan? retryAfter, Exception? innerException = null)
        : base(details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the server asked the caller to wait before trying again; <see langword="null"/> when it did not say.</summary>
    public TimeSpan? RetryAfter { get; }
}
