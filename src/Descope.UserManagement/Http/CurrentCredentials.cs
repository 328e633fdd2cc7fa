using System;
using System.Threading;

namespace Descope.UserManagement.Http;

/// <summary>
/// The credentials of the options in force now: fixed ones for a client built from options, or those of
/// <c>IOptionsMonitor.CurrentValue</c> for one built by <c>AddDescopeUsers</c>, so a rotated key applies from the next
/// call on. Rebuilt only when the project ID or key actually changes.
/// </summary>
internal sealed class CurrentCredentials
{
    private readonly Func<DescopeUserClientOptions>? _currentOptions;
    private DescopeCredentials? _cached;

    public CurrentCredentials(DescopeUserClientOptions fixedOptions)
    {
        _cached = DescopeCredentials.From(fixedOptions);
    }

    /// <param name="currentOptions">Returns the options in force now.</param>
    /// <param name="readNow">Read them at once (so missing credentials fail now), or only at the first request.</param>
    public CurrentCredentials(Func<DescopeUserClientOptions> currentOptions, bool readNow = true)
    {
        _currentOptions = currentOptions;
        _cached = readNow ? DescopeCredentials.From(currentOptions()) : null;
    }

    public DescopeCredentials Value
    {
        get
        {
            var cached = Volatile.Read(ref _cached);
            if (_currentOptions is null)
            {
                return cached!;
            }

            var options = _currentOptions();
            if (cached is not null && cached.IsFor(options))
            {
                return cached;
            }

            cached = DescopeCredentials.From(options);
            Volatile.Write(ref _cached, cached);
            return cached;
        }
    }
}
