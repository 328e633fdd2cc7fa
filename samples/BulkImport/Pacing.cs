using Descope.UserManagement;
using Descope.UserManagement.Redis;
using StackExchange.Redis;

namespace BulkImport;

/// <summary>How the import's client is paced: the one place to change it.</summary>
internal static class Pacing
{
    /// <summary>
    /// A limiter per Descope budget (Descope's published limits: 100 user creates, 200 updates and searches per 60 s,
    /// 1000 other calls per 10 s), so each request waits its turn instead of drawing a 429; <see langword="null"/> with
    /// <c>--no-pacing</c>; in Redis with <c>--redis</c>. <paramref name="windowScale"/> below 1 shrinks the windows to match a scaled emulator.
    /// </summary>
    public static DescopeBucketLimiters? Create(ImportSettings settings, double windowScale)
    {
        if (settings.RedisEndpoint is not null)
        {
            if (!settings.Pacing)
            {
                throw new UsageException("--redis shares the pacing budget; it cannot be combined with --no-pacing.");
            }

            // One budget per Descope bucket, counted in Redis and shared by every process pointed at it (other runs of
            // this import, the services that use the same project). The connection lives as long as the process.
            var connection = ConnectionMultiplexer.Connect(settings.RedisEndpoint);
            return DescopeRedisRateLimiters.ForDescopeBuckets(connection, settings.ProjectId ?? "emulator", new DescopeRedisLimits
            {
                Create = new DescopeRedisLimit(100, TimeSpan.FromSeconds(60 * windowScale)),
                UpdateAndSearch = new DescopeRedisLimit(200, TimeSpan.FromSeconds(60 * windowScale)),
                Other = new DescopeRedisLimit(1000, TimeSpan.FromSeconds(10 * windowScale)),
            });
        }

        if (!settings.Pacing)
        {
            return null;
        }

        if (windowScale == 1)
        {
            return DescopeRateLimiters.ForDescopeBuckets();
        }

        return new DescopeBucketLimiters
        {
            Create = DescopeRateLimiters.PerWindow(100, TimeSpan.FromSeconds(60 * windowScale)),
            UpdateAndSearch = DescopeRateLimiters.PerWindow(200, TimeSpan.FromSeconds(60 * windowScale)),
            Other = DescopeRateLimiters.PerWindow(1000, TimeSpan.FromSeconds(10 * windowScale)),
        };
    }
}
