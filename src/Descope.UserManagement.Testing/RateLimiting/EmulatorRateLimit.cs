namespace Descope.UserManagement.Testing;

/// <summary>
/// A per-project request limit the emulator enforces like Descope: a fixed window of <see cref="Window"/> that admits
/// <see cref="PermitLimit"/> requests; the rest are answered 429 with <c>Retry-After</c> (seconds until the window
/// ends) and error code <c>E130429</c>. See <see cref="DescopeRateLimits"/> for Descope's published limits.
/// </summary>
/// <remarks>
/// The window opens with the first counted request. An instance keeps its own count: give each emulator its own.
/// A refused request counts against no limit.
/// </remarks>
public sealed class EmulatorRateLimit
{
    private readonly object _gate = new();
    private readonly Func<string, bool> _appliesTo;
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;
    private long _admitted;
    private long _refused;

    /// <summary>Creates a limit.</summary>
    /// <param name="name">A name for messages, e.g. <c>user update</c>.</param>
    /// <param name="permitLimit">How many requests a window admits.</param>
    /// <param name="window">The window's length.</param>
    /// <param name="appliesTo">Which request paths count against the limit; all when <see langword="null"/>.</param>
    public EmulatorRateLimit(string name, int permitLimit, TimeSpan window, Func<string, bool>? appliesTo = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        Name = name;
        PermitLimit = permitLimit;
        Window = window;
        _appliesTo = appliesTo ?? (_ => true);
    }

    /// <summary>The limit's name.</summary>
    public string Name { get; }

    /// <summary>Requests admitted per window.</summary>
    public int PermitLimit { get; }

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; }

    /// <summary>How many requests this limit has admitted and counted, over every window.</summary>
    public long Admitted
    {
        get
        {
            lock (_gate)
            {
                return _admitted;
            }
        }
    }

    /// <summary>How many requests this limit has refused with 429, over every window.</summary>
    public long Refused
    {
        get
        {
            lock (_gate)
            {
                return _refused;
            }
        }
    }

    /// <summary>
    /// Whether a request to <paramref name="path"/> at <paramref name="now"/> fits in the current window, without
    /// counting it. <see langword="null"/> when it fits; otherwise how long until the window ends.
    /// </summary>
    internal TimeSpan? Check(string path, DateTimeOffset now)
    {
        if (!_appliesTo(path))
        {
            return null;
        }

        lock (_gate)
        {
            Roll(now);
            if (_used < PermitLimit)
            {
                return null;
            }

            _refused++;
            return _windowStart + Window - now;
        }
    }

    /// <summary>Counts a request that every limit admitted.</summary>
    internal void Count(string path, DateTimeOffset now)
    {
        if (!_appliesTo(path))
        {
            return;
        }

        lock (_gate)
        {
            Roll(now);
            _used++;
            _admitted++;
        }
    }

    private void Roll(DateTimeOffset now)
    {
        if (now >= _windowStart + Window)
        {
            _windowStart = now;
            _used = 0;
        }
    }
}
