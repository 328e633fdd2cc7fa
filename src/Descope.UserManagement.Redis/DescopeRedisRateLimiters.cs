using System;
using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Descope.UserManagement.Redis;

/// <summary>
/// Limiters whose count lives in Redis, so every process and machine that uses the same Redis and key prefix shares one
/// Descope budget instead of each spending it as if alone. Built on RedisRateLimiting's sliding-window limiter. A
/// refused permit says when to ask again (<see cref="MetadataName.RetryAfter"/>), and the client waits that long and
/// asks again within its <see cref="DescopeUserClientOptions.TotalTimeout"/>.
/// </summary>
public static class DescopeRedisRateLimiters
{
    /// <summary>
    /// A Redis-backed limiter for each of Descope's per-project budgets, for
    /// <see cref="DescopeUserClientOptions.RateLimits"/>. Every client given limiters with the same
    /// <paramref name="keyPrefix"/> on the same Redis shares the budgets.
    /// </summary>
    /// <param name="connection">The Redis connection; it is not disposed with the limiters.</param>
    /// <param name="keyPrefix">Names the shared budgets in Redis; usually the Descope project ID, whose budgets they are.</param>
    /// <param name="limits">The limits; Descope's published ones with a 0.5 s delay allowance when <see langword="null"/>.</param>
    /// <returns>New limiters (their Redis keys are <c>rl:sw:{descope:&lt;keyPrefix&gt;:create}</c>, <c>…:update-and-search}</c>
    /// and <c>…:other}</c>); dispose them with the clients that use them.</returns>
    /// <exception cref="ArgumentException">A limit below 1 permit, a window not above zero, a negative allowance or an
    /// empty <paramref name="keyPrefix"/>.</exception>
    public static DescopeBucketLimiters ForDescopeBuckets(IConnectionMultiplexer connection, string keyPrefix, DescopeRedisLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(connection);

        if (string.IsNullOrWhiteSpace(keyPrefix))
        {
            throw new ArgumentException("The key prefix names the shared budgets in Redis; pass the Descope project ID.", nameof(keyPrefix));
        }

        limits ??= new DescopeRedisLimits();
        if (limits.DelayAllowance < TimeSpan.Zero)
        {
            throw new ArgumentException("DescopeRedisLimits.DelayAllowance cannot be negative.", nameof(limits));
        }

        foreach (var (budget, limit) in new[] { ("create", limits.Create), ("update-and-search", limits.UpdateAndSearch), ("other", limits.Other) })
        {
            if (limit is not null && (limit.PermitLimit < 1 || limit.Window <= TimeSpan.Zero))
            {
                throw new ArgumentException($"The {budget} limit must admit at least one request in a window longer than zero (it is {limit.PermitLimit} per {limit.Window}).", nameof(limits));
            }
        }

        return new DescopeBucketLimiters
        {
            Create = Limiter(connection, keyPrefix, "create", limits.Create, limits.DelayAllowance),
            UpdateAndSearch = Limiter(connection, keyPrefix, "update-and-search", limits.UpdateAndSearch, limits.DelayAllowance),
            Other = Limiter(connection, keyPrefix, "other", limits.Other, limits.DelayAllowance),
        };
    }

    /// <summary>
    /// At most <paramref name="permitLimit"/> permits in any <paramref name="window"/> (no allowance added), counted in
    /// Redis under <paramref name="key"/> and shared by every limiter with that key; for
    /// <see cref="DescopeUserClientOptions.RateLimiter"/> or a budget of <see cref="DescopeBucketLimiters"/>.
    /// </summary>
    /// <param name="connection">The Redis connection; it is not disposed with the limiter.</param>
    /// <param name="key">The partition key (stored as <c>rl:sw:{key}</c>).</param>
    /// <param name="permitLimit">Permits per window (at least 1).</param>
    /// <param name="window">The window's length (more than zero).</param>
    /// <returns>A new limiter whose refused leases carry <see cref="MetadataName.RetryAfter"/>.</returns>
    /// <exception cref="ArgumentException">An empty key, a limit below 1 or a window not above zero.</exception>
    public static RateLimiter PerWindow(IConnectionMultiplexer connection, string key, int permitLimit, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(connection);

        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("The key names the shared budget in Redis.", nameof(key));
        }

        if (permitLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitLimit), permitLimit, "A window admits at least one permit.");
        }

        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be longer than zero.");
        }

        return new RedisWindowLimiter(connection, key, permitLimit, window);
    }

    private static RedisWindowLimiter? Limiter(IConnectionMultiplexer connection, string keyPrefix, string budget, DescopeRedisLimit? limit, TimeSpan allowance)
    {
        if (limit is null)
        {
            return null;
        }

        return new RedisWindowLimiter(connection, $"descope:{keyPrefix}:{budget}", limit.PermitLimit, limit.Window + allowance);
    }
}
