using System;

namespace Descope.UserManagement.Http;

/// <summary>
/// The wait before each retry: the server's <c>Retry-After</c> when it gave one, else exponential back-off from
/// <see cref="DescopeRetryOptions.BaseDelay"/>, capped at <see cref="DescopeRetryOptions.MaxDelay"/>, with
/// "equal jitter" (a random point between half and all of the delay) when enabled.
/// </summary>
internal sealed class BackoffSchedule
{
    private readonly DescopeRetryOptions _options;
    private readonly Random _random;
    private readonly object _randomGate = new();

    public BackoffSchedule(DescopeRetryOptions options, Random? random = null)
    {
        _options = options;
        _random = random ?? new Random();
    }

    /// <param name="retry">0 for the first retry.</param>
    /// <param name="retryAfter">The server's <c>Retry-After</c>, if any.</param>
    public TimeSpan Delay(int retry, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
        {
            return asked;
        }

        var exponential = _options.BaseDelay.Ticks * Math.Pow(2, Math.Min(retry, 30));
        var capped = TimeSpan.FromTicks((long)Math.Min(exponential, _options.MaxDelay.Ticks));
        if (!_options.UseJitter)
        {
            return capped;
        }

        double fraction;
        lock (_randomGate)
        {
            fraction = _random.NextDouble();
        }

        return TimeSpan.FromTicks(capped.Ticks / 2 + (long)(capped.Ticks / 2 * fraction));
    }
}
