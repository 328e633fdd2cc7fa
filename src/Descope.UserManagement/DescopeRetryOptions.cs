using System;

namespace Descope.UserManagement;

/// <summary>
/// How <see cref="DescopeUserClient"/> retries. Defaults: 3 retries; back-off 0.5 s, 1 s, 2 s (each between half and
/// all of that, at random) up to 30 s; a <c>Retry-After</c> of up to 60 s is waited out, a longer one fails at once.
/// </summary>
/// <remarks>
/// What is retried: HTTP 429 for every operation (the server refused before acting); 502, 503, 504, 520, 521, 522,
/// 524 and 530, dropped connections and attempt timeouts for every operation except a login-ID change, which is
/// retried only when the request certainly never reached the server (connection refused, host not found) or was
/// refused with 429.
/// </remarks>
public sealed class DescopeRetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The back-off before the first retry; it doubles for each further retry. Default 0.5 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest back-off between attempts when the server gave no <c>Retry-After</c>. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits out. A longer one fails the call at once with
    /// <see cref="DescopeRateLimitException"/> carrying the server's <see cref="DescopeRateLimitException.RetryAfter"/>. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Randomise each back-off between half and all of its value, so many clients do not retry in step. Default on.</summary>
    public bool UseJitter { get; set; } = true;

    internal DescopeRetryOptions Clone() => (DescopeRetryOptions)MemberwiseClone();
}
