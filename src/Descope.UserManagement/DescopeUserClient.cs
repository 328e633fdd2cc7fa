using System;
using System.Net.Http;
using System.Threading;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Http;

namespace Descope.UserManagement;

/// <summary>
/// The client for Descope's user-management API. Thread-safe; create one per project and reuse it.
/// </summary>
/// <remarks>
/// Each method checks its arguments, sends one request (a batch: one per <see cref="DescopeUserClientOptions.BatchSize"/>
/// users) and returns the server's answer as typed objects. Every request carries the bearer token and SDK headers
/// of the options the client was created with; those options are copied, so later changes to the object have no effect.
/// The methods are written per area in the partial files beside this one.
/// </remarks>
public partial class DescopeUserClient : IDescopeUserClient, IDisposable
{
    private readonly DescopeSender _sender = null!;
    private readonly HttpClient _httpClient = null!;
    private readonly bool _ownsHttpClient;
    private readonly int _batchSize;

    /// <summary>Creates a client for a project, talking to the API host its project ID points at.</summary>
    /// <param name="projectId">The Descope project ID.</param>
    /// <param name="managementKey">A management key of the project.</param>
    /// <exception cref="ArgumentException">The project ID or key is missing.</exception>
    public DescopeUserClient(string projectId, string managementKey)
        : this(new DescopeUserClientOptions { ProjectId = projectId, ManagementKey = managementKey })
    {
    }

    /// <summary>Creates a client with its own connection pool, built by <see cref="CreateHttpClient"/>. Dispose it when done.</summary>
    /// <param name="options">The project, key and endpoint settings.</param>
    /// <exception cref="ArgumentException">A required setting is missing or invalid.</exception>
    public DescopeUserClient(DescopeUserClientOptions options)
        : this(CreateHttpClient(options), options, currentOptions: null, ownsHttpClient: true)
    {
    }

    /// <summary>
    /// Creates a client that sends through <paramref name="httpClient"/>, adding authentication to each request
    /// itself. The caller keeps ownership of <paramref name="httpClient"/>. Retries, timeouts, pacing and the license
    /// header come from the handlers <see cref="CreateHttpClient"/> and <c>AddDescopeUsers</c> put in the pipeline;
    /// a plain <see cref="HttpClient"/> has none of them (and follows redirects unless told not to).
    /// </summary>
    /// <param name="httpClient">The HTTP client to send through.</param>
    /// <param name="options">The project, key and endpoint settings.</param>
    /// <exception cref="ArgumentException">A required setting is missing or invalid.</exception>
    public DescopeUserClient(HttpClient httpClient, DescopeUserClientOptions options)
        : this(httpClient, options, currentOptions: null, ownsHttpClient: false)
    {
    }

    /// <summary>For mocking frameworks only: a client made this way has no connection and must have its methods overridden.</summary>
    protected DescopeUserClient()
    {
    }

    /// <summary>
    /// A client whose credentials follow <paramref name="currentOptions"/> (<c>AddDescopeUsers</c>: a rotated key
    /// applies from the next call on); <paramref name="options"/> sets everything else.
    /// </summary>
    internal DescopeUserClient(HttpClient httpClient, DescopeUserClientOptions options, Func<DescopeUserClientOptions>? currentOptions, bool ownsHttpClient)
    {
        Internal.Argument.NotNull(httpClient, nameof(httpClient));
        DescopeOptionsValidation.ThrowIfInvalid(options);
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _batchSize = options.BatchSize;
        var credentials = currentOptions is null ? new CurrentCredentials(options) : new CurrentCredentials(currentOptions);
        _sender = new DescopeSender(
            httpClient,
            DescopeEndpoint.Resolve(options.ProjectId!, options.BaseUrl).AbsoluteUri.TrimEnd('/'),
            credentials,
            DescopeLogging.CreateLogger(options.LoggerFactory),
            options.TimeProvider ?? TimeProvider.System);
    }

    /// <summary>
    /// Builds an <see cref="HttpClient"/> for Descope with the SDK's handlers: retries, timeouts and pacing per
    /// <paramref name="options"/> and the license-tier header, over a handler that follows no redirects and keeps no
    /// cookies (or over <paramref name="innerHandler"/> when given). The client that sends through it authenticates
    /// each request.
    /// </summary>
    /// <param name="options">The project, key, retry, timeout and pacing settings (copied now).</param>
    /// <param name="innerHandler">The handler that sends the requests; the default sockets handler when <see langword="null"/>.</param>
    /// <returns>A client to pass to <see cref="DescopeUserClient(HttpClient, DescopeUserClientOptions)"/>.</returns>
    /// <exception cref="ArgumentException">A required setting is missing or invalid.</exception>
    public static HttpClient CreateHttpClient(DescopeUserClientOptions options, HttpMessageHandler? innerHandler = null)
    {
        DescopeOptionsValidation.ThrowIfInvalid(options);
        var snapshot = options.Clone();
        var handlers = DescopePipeline.Handlers(
            () => snapshot, new LicenseTierCache(snapshot.TimeProvider), DescopeLogging.CreateLogger(snapshot.LoggerFactory));

        // The resilience handler owns time limits (per attempt and in total); HttpClient's own 100 s must not cut in.
        var pipeline = DescopePipeline.Chain(innerHandler ?? DescopePrimaryHandler.Create(), handlers);
        return new HttpClient(pipeline, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Disposes the HTTP client when this instance created it.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the HTTP client when this instance created it.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <summary>Describes the client without its management key.</summary>
    /// <returns>The project ID and API base URL.</returns>
    public override string ToString() => _sender is null ? base.ToString()! : $"DescopeUserClient for project {_sender.ProjectId} at {_sender.BaseUrl}";
}
