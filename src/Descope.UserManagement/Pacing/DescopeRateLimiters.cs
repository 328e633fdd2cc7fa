using System;
using System.Threading.RateLimiting;

namespace Descope.UserManagement;

/// <summary>
/// Client-side limiters for <see cref="DescopeUserClientOptions.RateLimits"/> (one per budget) and
/// <see cref="DescopeUserClientOptions.RateLimiter"/> (one for every call) that keep a client within Descope's
/// published per-project limits. Calls past the limit wait their turn instead of drawing 429s. Each call makes a new
/// limiter: share one instance between clients that share a project's budget, and dispose it with them.
/// </summary>
public static class DescopeRateLimiters
{
    // Each window slides in six steps: a permit comes back within a sixth of a window of the time it is due.
    private const int Segments = 6;

    // Descope's published limits (docs/wire-contract.md §5), written once for both clocks.
    private static readonly (int Permits, TimeSpan Window) CreateLimit = (100, TimeSpan.FromSeconds(60));
    private static readonly (int Permits, TimeSpan Window) UpdateLimit = (200, TimeSpan.FromSeconds(60));
    private static readonly (int Permits, TimeSpan Window) OtherLimit = (1000, TimeSpan.FromSeconds(10));

    /// <summary>Descope's limit for user updates and searches: 200 requests per 60 seconds.</summary>
    /// <returns>A new limiter.</returns>
    public static RateLimiter UserUpdates() => PerWindow(UpdateLimit.Permits, UpdateLimit.Window);

    /// <summary>Descope's limit for user creation: 100 requests per 60 seconds.</summary>
    /// <returns>A new limiter.</returns>
    public static RateLimiter UserCreates() => PerWindow(CreateLimit.Permits, CreateLimit.Window);

    /// <summary>Descope's limit for a backend SDK's non-authentication calls: 1000 requests per 10 seconds.</summary>
    /// <returns>A new limiter.</returns>
    public static RateLimiter BackendSdk() => PerWindow(OtherLimit.Permits, OtherLimit.Window);

    /// <summary>
    /// A limiter for each of Descope's per-project budgets, for <see cref="DescopeUserClientOptions.RateLimits"/>:
    /// <see cref="UserCreates"/>, <see cref="UserUpdates"/> and <see cref="BackendSdk"/>.
    /// </summary>
    /// <returns>New limiters; dispose them with the clients that use them.</returns>
    public static DescopeBucketLimiters ForDescopeBuckets() => new()
    {
        Create = UserCreates(),
        UpdateAndSearch = UserUpdates(),
        Other = BackendSdk(),
    };

    /// <summary>
    /// A limiter for each of Descope's per-project budgets, as <see cref="ForDescopeBuckets()"/>, whose windows follow
    /// <paramref name="timeProvider"/>: pass the same clock as <see cref="DescopeUserClientOptions.TimeProvider"/> so
    /// pacing, retries and timeouts share one notion of time (a test clock makes a minute-long job run at once).
    /// </summary>
    /// <param name="timeProvider">The clock the windows follow.</param>
    /// <returns>New limiters; dispose them with the clients that use them.</returns>
    public static DescopeBucketLimiters ForDescopeBuckets(TimeProvider timeProvider)
    {
        Internal.Argument.NotNull(timeProvider, nameof(timeProvider));
        return new()
        {
            Create = PerWindow(CreateLimit.Permits, CreateLimit.Window, timeProvider),
            UpdateAndSearch = PerWindow(UpdateLimit.Permits, UpdateLimit.Window, timeProvider),
            Other = PerWindow(OtherLimit.Permits, OtherLimit.Window, timeProvider),
        };
    }

    /// <summary>At most <paramref name="permits"/> requests in any <paramref name="window"/>; the rest queue in order.</summary>
    /// <param name="permits">Requests allowed per window.</param>
    /// <param name="window">The window's length.</param>
    /// <returns>A new limiter.</returns>
    public static RateLimiter PerWindow(int permits, TimeSpan window) => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = Segments,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    /// <summary>
    /// At most <paramref name="permits"/> requests in any <paramref name="window"/>, measured on
    /// <paramref name="timeProvider"/>; the rest queue in order. The window slides in six steps, each on a timer of
    /// that clock.
    /// </summary>
    /// <param name="permits">Requests allowed per window.</param>
    /// <param name="window">The window's length.</param>
    /// <param name="timeProvider">The clock the window follows.</param>
    /// <returns>A new limiter.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permits"/> is below 1 or <paramref name="window"/> is not positive.</exception>
    public static RateLimiter PerWindow(int permits, TimeSpan window, TimeProvider timeProvider)
    {
        if (permits < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permits), permits, "At least one permit per window is required.");
        }

        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be longer than zero.");
        }

        Internal.Argument.NotNull(timeProvider, nameof(timeProvider));
        return new ClockedWindowRateLimiter(permits, window, Segments, timeProvider);
    }

}
