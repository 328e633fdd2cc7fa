using System;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement.Http;

/// <summary>
/// The project's rate-limit tier from Descope's license handshake, fetched lazily and once: concurrent callers
/// share one handshake. A failed handshake is remembered for <see cref="RetryFailedAfter"/>; until then calls go
/// without the tier.
/// </summary>
internal sealed class LicenseTierCache
{
    public static readonly TimeSpan RetryFailedAfter = TimeSpan.FromMinutes(5);

    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;
    private string? _tier;
    private Task<string?>? _pending;
    private DateTimeOffset _failedAt = DateTimeOffset.MinValue;

    public LicenseTierCache(TimeProvider? timeProvider = null) => _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>
    /// Whether there is nothing to wait for: the tier is known, or a handshake failed lately so calls go without
    /// it. Calls take this path almost always, with no task and no lock.
    /// </summary>
    /// <param name="tier">The tier, or <see langword="null"/> while a failed handshake is remembered.</param>
    public bool TryGetSettled(out string? tier)
    {
        tier = Volatile.Read(ref _tier);
        if (tier is not null)
        {
            return true;
        }

        lock (_gate)
        {
            return _pending is null && _timeProvider.GetUtcNow() - _failedAt < RetryFailedAfter;
        }
    }

    /// <summary>The tier, fetching it with <paramref name="handshake"/> if nobody has yet; <see langword="null"/> while unknown.</summary>
    /// <param name="handshake">Fetches the tier; returns <see langword="null"/> or throws when the handshake failed.</param>
    public Task<string?> GetAsync(Func<Task<string?>> handshake)
    {
        lock (_gate)
        {
            if (_tier is not null)
            {
                return Task.FromResult<string?>(_tier);
            }

            if (_pending is not null)
            {
                return _pending;
            }

            if (_timeProvider.GetUtcNow() - _failedAt < RetryFailedAfter)
            {
                return Task.FromResult<string?>(null);
            }

            _pending = RunAsync(handshake);
            return _pending;
        }
    }

    private async Task<string?> RunAsync(Func<Task<string?>> handshake)
    {
        // Never finish synchronously: GetAsync must store this task before it can clear itself below.
        await Task.Yield();
        string? tier = null;
        try
        {
            tier = await handshake().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The handshake is an optimisation: no failure of it may fail the caller's call.
        catch (Exception)
        {
        }
#pragma warning restore CA1031

        lock (_gate)
        {
            _tier = tier;
            _pending = null;
            if (tier is null)
            {
                _failedAt = _timeProvider.GetUtcNow();
            }
        }

        return tier;
    }
}
