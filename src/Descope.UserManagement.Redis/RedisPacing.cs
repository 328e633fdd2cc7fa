using System;
using System.Collections.Generic;
using StackExchange.Redis;

namespace Descope.UserManagement.Redis;

/// <summary>
/// The Redis limiters of an application's Descope clients, one set per project (key prefix), made on first use and kept
/// for the application's life, so reloaded options keep the same limiters. Disposed with the service provider: the
/// limiters, and the connection when it was opened here.
/// </summary>
internal sealed class RedisPacing : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer> _connection;
    private readonly bool _ownsConnection;
    private readonly DescopeRedisLimits? _limits;
    private readonly Dictionary<string, DescopeBucketLimiters> _byPrefix = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _disposed;

    public RedisPacing(Func<IConnectionMultiplexer> connect, bool ownsConnection, DescopeRedisLimits? limits)
    {
        _connection = new Lazy<IConnectionMultiplexer>(connect);
        _ownsConnection = ownsConnection;
        _limits = limits;
    }

    /// <summary>The limiters of the project named by <paramref name="keyPrefix"/>.</summary>
    public DescopeBucketLimiters For(string keyPrefix)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_byPrefix.TryGetValue(keyPrefix, out var limiters))
            {
                limiters = DescopeRedisRateLimiters.ForDescopeBuckets(_connection.Value, keyPrefix, _limits);
                _byPrefix.Add(keyPrefix, limiters);
            }

            return limiters;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var limiters in _byPrefix.Values)
            {
                limiters.Dispose();
            }

            _byPrefix.Clear();
        }

        if (_ownsConnection && _connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }

    /// <summary>Opens a connection from a StackExchange.Redis configuration string that keeps reconnecting in the
    /// background when Redis is not reachable (a call that needs a permit meanwhile fails, with nothing sent).</summary>
    public static IConnectionMultiplexer Connect(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
