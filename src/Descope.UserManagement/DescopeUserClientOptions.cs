using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement;

/// <summary>Settings for <see cref="DescopeUserClient"/>.</summary>
/// <remarks>
/// <see cref="ToString"/> and the debugger display never show <see cref="ManagementKey"/>.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class DescopeUserClientOptions
{
    /// <summary>The default number of users sent in one batch-patch request.</summary>
    public const int DefaultBatchSize = 100;

    /// <summary>The Descope project ID, e.g. <c>P2aAc4T2V93bddihGEx2Ryhc8e5Z</c>. Required.</summary>
    public string? ProjectId { get; set; }

    /// <summary>A management key of the project, created in the Descope console. Required; treat it as a secret.</summary>
    public string? ManagementKey { get; set; }

    /// <summary>
    /// The API base URL. When not set it follows from <see cref="ProjectId"/>: <c>https://api.descope.com</c>, or
    /// <c>https://api.&lt;region&gt;.descope.com</c> for a project ID that carries a region. Set it for a custom
    /// domain or a test server. <c>http://</c> is accepted only for loopback hosts.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How many users <see cref="IDescopeUserClient.PatchBatchAsync"/> sends per request. Default 100.</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>How long one attempt may take before it is abandoned (and retried, where that is safe). Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a call may take in all, retries and waits included. Default 100 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Retry settings; see <see cref="DescopeRetryOptions"/> for what is retried.</summary>
    public DescopeRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// An optional client-side limiter every request (each attempt) waits on, so bulk work stays under Descope's
    /// limits instead of bouncing off 429s. Off by default. <see cref="DescopeRateLimiters"/> has presets for
    /// Descope's published limits; a distributed limiter lets many instances share one budget.
    /// </summary>
    public RateLimiter? RateLimiter { get; set; }

    /// <summary>
    /// Optional client-side limiters, one per Descope rate-limit budget (create; update and search; the rest): each
    /// request waits on the limiter of the budget Descope charges it to, so creates cannot starve updates.
    /// <see cref="DescopeRateLimiters.ForDescopeBuckets()"/> has Descope's published limits. Off by default. With
    /// <see cref="RateLimiter"/> set as well, a request takes a permit of both, its budget's first.
    /// </summary>
    public DescopeBucketLimiters? RateLimits { get; set; }

    /// <summary>The clock for back-off waits and timeouts; the system clock when <see langword="null"/>. Set it in tests.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// Where clients created without dependency injection log; nowhere when <see langword="null"/>.
    /// <c>AddDescopeUsers</c> uses the container's logger factory instead.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>A copy, so a client is not affected by later changes to the object it was given.</summary>
    internal DescopeUserClientOptions Clone()
    {
        var copy = (DescopeUserClientOptions)MemberwiseClone();
        copy.Retry = Retry?.Clone() ?? new DescopeRetryOptions();
        return copy;
    }

    /// <summary>Describes the options without the management key.</summary>
    /// <returns>The project ID, whether a key is set, the base URL and the batch size.</returns>
    public override string ToString() =>
        $"ProjectId = {ProjectId ?? "<not set>"}, ManagementKey = {(string.IsNullOrEmpty(ManagementKey) ? "<not set>" : "<redacted>")}, " +
        $"BaseUrl = {BaseUrl?.ToString() ?? "<from project ID>"}, BatchSize = {BatchSize}, Timeout = {Timeout}, TotalTimeout = {TotalTimeout}, " +
        $"MaxRetries = {Retry?.MaxRetries}, RateLimiter = {(RateLimiter is null ? "none" : "set")}, " +
        $"RateLimits = {(RateLimits is null ? "none" : "(" + RateLimits + ")")}";
}
