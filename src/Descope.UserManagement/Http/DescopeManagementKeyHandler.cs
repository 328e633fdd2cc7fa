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
/// <see cref="DescopeUserClient"/> authenticates each request itself, once, and needs no handler for it (a client
/// from <c>AddDescopeUsers</c> follows the current options, so a rotated key applies from the next call on). This
/// handler is for requests to Descope that an application sends through an <see cref="HttpClient"/> of its own.
/// </remarks>
public sealed class DescopeManagementKeyHandler : DelegatingHandler
{
    private readonly CurrentCredentials _credentials;

    /// <summary>Creates a handler that reads the options from <paramref name="currentOptions"/> on every request.</summary>
    /// <param name="currentOptions">Returns the options in force now (for example <c>IOptionsMonitor.CurrentValue</c>).</param>
    public DescopeManagementKeyHandler(Func<DescopeUserClientOptions> currentOptions)
    {
        Argument.NotNull(currentOptions, nameof(currentOptions));
        _credentials = new CurrentCredentials(currentOptions, readNow: false);
    }

    /// <summary>Creates a handler for fixed options (copied now, so later changes to the object have no effect).</summary>
    /// <param name="options">The project ID and management key to send.</param>
    public DescopeManagementKeyHandler(DescopeUserClientOptions options)
    {
        Argument.NotNull(options, nameof(options));
        _credentials = new CurrentCredentials(options);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Argument.NotNull(request, nameof(request));
        var credentials = _credentials.Value;

        // A DescopeUserClient above may have set these very headers already; rewrite them only when the key differs.
        if (!string.Equals(request.Headers.Authorization?.Parameter, credentials.BearerToken, StringComparison.Ordinal))
        {
            credentials.ApplyTo(request.Headers);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
