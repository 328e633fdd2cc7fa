using Descope.UserManagement;

namespace BulkImport;

/// <summary>How the import's client is paced: the one place to change it.</summary>
internal static class Pacing
{
    /// <summary>
    /// A limiter per Descope budget (Descope's published limits: 100 user creates, 200 updates and searches per 60 s,
    /// 1000 other calls per 10 s), so each request waits its turn instead of drawing a 429; <see langword="null"/> with
    /// <c>--no-pacing</c>. <paramref name="windowScale"/> below 1 shrinks the windows to match a scaled emulator.
    /// </summary>
    public static DescopeBucketLimiters? Create(ImportSettings settings, double windowScale)
    {
        if (settings.RedisEndpoint is not null)
        {
            // Sharing one budget between processes: Descope.UserManagement.Redis plugs in here, in place of the local
            // limiters below, when the solution has it.
            throw new UsageException("--redis: not available in this build (it has no Redis package); run without it to pace this process alone.");
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
