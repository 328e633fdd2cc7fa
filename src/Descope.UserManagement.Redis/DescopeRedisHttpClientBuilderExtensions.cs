using System;
using Descope.UserManagement;
using Descope.UserManagement.Redis;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Shares the Descope clients' rate-limit budgets through Redis, after <c>AddDescopeUsers</c>.</summary>
public static class DescopeRedisHttpClientBuilderExtensions
{
    /// <summary>
    /// Paces the Descope client with limiters counted in the Redis at <paramref name="configuration"/>, one per Descope
    /// budget and keyed by the project ID, so every process and machine of the service shares the project's budgets.
    /// Sets <see cref="DescopeUserClientOptions.RateLimits"/> (replacing limiters set there).
    /// </summary>
    /// <param name="builder">What <c>AddDescopeUsers</c> returned.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or
    /// <c>redis.internal:6379,password=…,ssl=true</c>. The connection opens when the client's options are first built and
    /// is closed with the service provider; an unreachable Redis is retried in the background.</param>
    /// <param name="limits">The limits; Descope's published ones with a 0.5 s delay allowance when <see langword="null"/>.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the Descope client's, or
    /// <paramref name="configuration"/> is empty.</exception>
    public static IHttpClientBuilder UseRedisRateLimits(this IHttpClientBuilder builder, string configuration, DescopeRedisLimits? limits = null)
    {
        CheckBuilder(builder);
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw new ArgumentException("Give the Redis configuration string, e.g. \"localhost:6379\".", nameof(configuration));
        }

        return Register(builder, _ => new RedisPacing(() => RedisPacing.Connect(configuration), ownsConnection: true, limits));
    }

    /// <summary>
    /// Paces the Descope client with limiters counted in Redis over <paramref name="connection"/>, one per Descope budget
    /// and keyed by the project ID, so every process and machine of the service shares the project's budgets. Sets
    /// <see cref="DescopeUserClientOptions.RateLimits"/> (replacing limiters set there).
    /// </summary>
    /// <param name="builder">What <c>AddDescopeUsers</c> returned.</param>
    /// <param name="connection">An open connection the application keeps (it is not disposed here).</param>
    /// <param name="limits">The limits; Descope's published ones with a 0.5 s delay allowance when <see langword="null"/>.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="builder"/> is not the Descope client's.</exception>
    public static IHttpClientBuilder UseRedisRateLimits(this IHttpClientBuilder builder, IConnectionMultiplexer connection, DescopeRedisLimits? limits = null)
    {
        CheckBuilder(builder);
        ArgumentNullException.ThrowIfNull(connection);

        return Register(builder, _ => new RedisPacing(() => connection, ownsConnection: false, limits));
    }

    private static void CheckBuilder(IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        if (builder.Name != DescopeServiceCollectionExtensions.HttpClientName)
        {
            throw new ArgumentException($"UseRedisRateLimits paces the Descope client: call it on what AddDescopeUsers returns (this builder is the HTTP client '{builder.Name}').", nameof(builder));
        }
    }

    private static IHttpClientBuilder Register(IHttpClientBuilder builder, Func<IServiceProvider, RedisPacing> pacing)
    {
        // The container makes it, so the container disposes it (limiters, and a connection it opened).
        builder.Services.AddSingleton(pacing);
        builder.Services.AddOptions<DescopeUserClientOptions>().PostConfigure<RedisPacing>((options, redis) =>
        {
            // Without a project ID the options fail validation, naming the setting; nothing to key the budgets by yet.
            if (!string.IsNullOrWhiteSpace(options.ProjectId))
            {
                options.RateLimits = redis.For(options.ProjectId!);
            }
        });
        return builder;
    }
}
