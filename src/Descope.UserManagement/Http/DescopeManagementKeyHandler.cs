using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement.Http;

/// <summary>
/// Adds Descope's management authentication (<c>Authorization: Bearer &lt;ProjectId&gt;:&lt;ManagementKey&gt;</c>)
/// and the SDK identification headers to every request.
/// </summary>
/// <remarks>
/// The options are read on every request, so a rotated key applies from the next call on. Clients made by
/// <see cref="DescopeUserClient.CreateHttpClient"/> and by <c>AddDescopeUsers</c> already contain this handler;
/// add it yourself only when you build the <see cref="HttpClient"/> pipeline by hand.
/// </remarks>
public sealed class DescopeManagementKeyHandler : DelegatingHandler
{
    private readonly Func<DescopeUserClientOptions> _currentOptions;
    private CachedCredentials? _cached;

    /// <summary>Creates a handler that reads the options from <paramref name="currentOptions"/> on every request.</summary>
    /// <param name="currentOptions">Returns the options in force now (for example <c>IOptionsMonitor.CurrentValue</c>).</param>
    public DescopeManagementKeyHandler(Func<DescopeUserClientOptions> currentOptions)
    {
        _currentOptions = currentOptions ?? throw new ArgumentNullException(nameof(currentOptions));
    }

    /// <summary>Creates a handler for fixed options.</summary>
    /// <param name="options">The project ID and management key to send.</param>
    public DescopeManagementKeyHandler(DescopeUserClientOptions options)
    {
        Internal.Argument.NotNull(options, nameof(options));
        _currentOptions = () => options;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Internal.Argument.NotNull(request, nameof(request));
        var credentials = CredentialsFor(_currentOptions());
        var headers = request.Headers;
        headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.BearerToken);
        headers.Remove(DescopeHeaders.ProjectId);
        headers.TryAddWithoutValidation(DescopeHeaders.ProjectId, credentials.ProjectId);
        headers.Remove(DescopeHeaders.SdkName);
        headers.TryAddWithoutValidation(DescopeHeaders.SdkName, SdkInfo.Name);
        headers.Remove(DescopeHeaders.SdkVersion);
        headers.TryAddWithoutValidation(DescopeHeaders.SdkVersion, SdkInfo.Version);
        headers.Remove(DescopeHeaders.RuntimeVersion);
        headers.TryAddWithoutValidation(DescopeHeaders.RuntimeVersion, SdkInfo.RuntimeVersion);
        return base.SendAsync(request, cancellationToken);
    }

    // The bearer token string is rebuilt only when the project ID or key actually changes, not on every call.
    private CachedCredentials CredentialsFor(DescopeUserClientOptions options)
    {
        var projectId = options.ProjectId;
        var key = options.ManagementKey;
        if (string.IsNullOrWhiteSpace(projectId) || string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException(
                "DescopeUserClientOptions.ProjectId and DescopeUserClientOptions.ManagementKey must both be set.");
        }

        var cached = Volatile.Read(ref _cached);
        if (cached is not null && string.Equals(cached.ProjectId, projectId, StringComparison.Ordinal) && string.Equals(cached.Key, key, StringComparison.Ordinal))
        {
            return cached;
        }

        cached = new CachedCredentials(projectId!, key!);
        Volatile.Write(ref _cached, cached);
        return cached;
    }

    private sealed class CachedCredentials
    {
        public CachedCredentials(string projectId, string key)
        {
            ProjectId = projectId;
            Key = key;
            BearerToken = projectId + ":" + key;
        }

        public string ProjectId { get; }

        public string Key { get; }

        public string BearerToken { get; }

        // Never let the key reach a log through a debugger or a careless interpolation.
        public override string ToString() => $"ProjectId = {ProjectId}, Key = <redacted>";
    }
}
