using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;

namespace Descope.UserManagement.Http;

/// <summary>
/// Adds Descope's management authentication (<c>Authorization: Bearer &lt;ProjectId&gt;:&lt;ManagementKey&gt;</c>)
/// and the SDK identification headers to every request, from the options in force at that moment.
/// </summary>
/// <remarks>
/// <see cref="DescopeUserClient"/> already authenticates each request with the options it was created with. This
/// handler, which <c>AddDescopeUsers</c> puts in the pipeline, re-reads the options on every request so a rotated
/// key applies from the next call on, even for a client instance that lives long.
/// </remarks>
public sealed class DescopeManagementKeyHandler : DelegatingHandler
{
    private readonly Func<DescopeUserClientOptions> _currentOptions;
    private DescopeCredentials? _cached;

    /// <summary>Creates a handler that reads the options from <paramref name="currentOptions"/> on every request.</summary>
    /// <param name="currentOptions">Returns the options in force now (for example <c>IOptionsMonitor.CurrentValue</c>).</param>
    public DescopeManagementKeyHandler(Func<DescopeUserClientOptions> currentOptions)
    {
        Argument.NotNull(currentOptions, nameof(currentOptions));
        _currentOptions = currentOptions;
    }

    /// <summary>Creates a handler for fixed options (copied now, so later changes to the object have no effect).</summary>
    /// <param name="options">The project ID and management key to send.</param>
    public DescopeManagementKeyHandler(DescopeUserClientOptions options)
    {
        Argument.NotNull(options, nameof(options));
        var snapshot = options.Clone();
        _currentOptions = () => snapshot;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Argument.NotNull(request, nameof(request));
        var credentials = CredentialsFor(_currentOptions());

        // The client usually set these very headers already; rewrite them only when the key differs (rotation).
        if (!string.Equals(request.Headers.Authorization?.Parameter, credentials.BearerToken, StringComparison.Ordinal))
        {
            credentials.ApplyTo(request.Headers);
        }

        return base.SendAsync(request, cancellationToken);
    }

    // Rebuilt only when the project ID or key actually changes, not on every call.
    private DescopeCredentials CredentialsFor(DescopeUserClientOptions options)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && cached.IsFor(options))
        {
            return cached;
        }

        cached = DescopeCredentials.From(options);
        Volatile.Write(ref _cached, cached);
        return cached;
    }
}
