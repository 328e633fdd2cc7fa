using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Http;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// The client for Descope's user-management API. Thread-safe; create one per project and reuse it.
/// </summary>
/// <remarks>
/// Each method checks its arguments, sends one request (batch patch: one per <see cref="DescopeUserClientOptions.BatchSize"/>
/// users) and returns the server's answer as typed objects. Every request carries the bearer token and SDK headers
/// of the options the client was created with; those options are copied, so later changes to the object have no effect.
/// </remarks>
public class DescopeUserClient : IDescopeUserClient, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _httpClient = null!;
    private readonly bool _ownsHttpClient;
    private readonly string _baseUrl = "";
    private readonly Uri[] _endpoints = [];
    private readonly int _batchSize;
    private readonly DescopeCredentials _credentials = null!;
    private readonly Microsoft.Extensions.Logging.ILogger _logger = null!;
    private readonly TimeProvider _timeProvider = TimeProvider.System;

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
        : this(CreateHttpClient(options), options, ownsHttpClient: true)
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
        : this(httpClient, options, ownsHttpClient: false)
    {
    }

    /// <summary>For mocking frameworks only: a client made this way has no connection and must have its methods overridden.</summary>
    protected DescopeUserClient()
    {
    }

    private DescopeUserClient(HttpClient httpClient, DescopeUserClientOptions options, bool ownsHttpClient)
    {
        Argument.NotNull(httpClient, nameof(httpClient));
        ThrowIfInvalid(options);
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        _baseUrl = DescopeEndpoint.Resolve(options.ProjectId!, options.BaseUrl).AbsoluteUri.TrimEnd('/');

        // Parsed once per client: a Uri is immutable, and parsing one per call costs more than the rest of the request.
        _endpoints = new Uri[DescopeOperation.All.Count];
        foreach (var operation in DescopeOperation.All)
        {
            _endpoints[operation.Ordinal] = new Uri(_baseUrl + operation.Path);
        }
        _batchSize = options.BatchSize;
        _credentials = DescopeCredentials.From(options);
        _logger = DescopeLogging.CreateLogger(options.LoggerFactory);
        _timeProvider = options.TimeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Builds an <see cref="HttpClient"/> for Descope with the SDK's handlers: retries, timeouts and pacing per
    /// <paramref name="options"/>, the license-tier header, and authentication, over a handler that follows no
    /// redirects and keeps no cookies (or over <paramref name="innerHandler"/> when given).
    /// </summary>
    /// <param name="options">The project, key, retry, timeout and pacing settings (copied now).</param>
    /// <param name="innerHandler">The handler that sends the requests; the default sockets handler when <see langword="null"/>.</param>
    /// <returns>A client to pass to <see cref="DescopeUserClient(HttpClient, DescopeUserClientOptions)"/>.</returns>
    /// <exception cref="ArgumentException">A required setting is missing or invalid.</exception>
    public static HttpClient CreateHttpClient(DescopeUserClientOptions options, HttpMessageHandler? innerHandler = null)
    {
        ThrowIfInvalid(options);
        var snapshot = options.Clone();
        var logger = DescopeLogging.CreateLogger(snapshot.LoggerFactory);
        var pipeline = DescopeHandlers.Chain(
            innerHandler ?? DescopePrimaryHandler.Create(),
            new DescopeResilienceHandler(() => snapshot, logger),
            new DescopeLicenseHandler(new LicenseTierCache(snapshot.TimeProvider), logger),
            new DescopeManagementKeyHandler(snapshot));

        // The resilience handler owns time limits (per attempt and in total); HttpClient's own 100 s must not cut in.
        return new HttpClient(pipeline, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateAsync(string loginId, UserUpdate user, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(user, nameof(user));
        user = Argument.Details(user, nameof(user));
        return SendForUserAsync(DescopeOperation.Update, new UserDetailsRequest(loginId, user, status: null), DescopeJsonContext.Default.UserDetailsRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateStatusAsync(string loginId, UserStatus status, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.SettableStatus(status, nameof(status));
        var body = new UpdateStatusRequest { LoginId = loginId, Status = status };
        return SendForUserAsync(DescopeOperation.UpdateStatus, body, DescopeJsonContext.Default.UpdateStatusRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateEmailAsync(string loginId, string? email, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new UpdateEmailRequest { LoginId = loginId, Email = email ?? "", Verified = verified, FailOnConflict = failOnConflict };
        return SendForUserAsync(DescopeOperation.UpdateEmail, body, DescopeJsonContext.Default.UpdateEmailRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdatePhoneAsync(string loginId, string? phone, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new UpdatePhoneRequest { LoginId = loginId, Phone = phone ?? "", Verified = verified, FailOnConflict = failOnConflict };
        return SendForUserAsync(DescopeOperation.UpdatePhone, body, DescopeJsonContext.Default.UpdatePhoneRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateDisplayNameAsync(string loginId, DisplayName name, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(name, nameof(name));
        var body = new UpdateDisplayNameRequest
        {
            LoginId = loginId, Name = name.Name, GivenName = name.GivenName, MiddleName = name.MiddleName, FamilyName = name.FamilyName,
        };
        return SendForUserAsync(DescopeOperation.UpdateDisplayName, body, DescopeJsonContext.Default.UpdateDisplayNameRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateLoginIdAsync(string loginId, string? newLoginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        if (newLoginId is { Length: > 0 } && string.IsNullOrWhiteSpace(newLoginId))
        {
            throw new ArgumentException("The new login ID must not be white space; pass null or an empty string to remove the login ID.", nameof(newLoginId));
        }

        var body = new UpdateLoginIdRequest { LoginId = loginId, NewLoginId = newLoginId };
        return SendForUserAsync(DescopeOperation.UpdateLoginId, body, DescopeJsonContext.Default.UpdateLoginIdRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> PatchAsync(string loginId, UserPatch patch, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(patch, nameof(patch));
        patch = Argument.Details(patch, nameof(patch));
        if (patch.Status is { } status)
        {
            Argument.SettableStatus(status, nameof(patch));
        }

        return SendForUserAsync(DescopeOperation.PatchUser, new UserDetailsRequest(loginId, patch, patch.Status), DescopeJsonContext.Default.UserDetailsRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual async Task<BatchPatchResult> PatchBatchAsync(IEnumerable<BatchUserPatch> users, CancellationToken cancellationToken = default)
    {
        var patches = BatchArgument.Patches(users, nameof(users));
        var collector = new BatchPatchCollector();
        for (var start = 0; start < patches.Length; start += _batchSize)
        {
            IReadOnlyList<BatchUserPatch> chunk = new ArraySegment<BatchUserPatch>(patches, start, Math.Min(_batchSize, patches.Length - start));
            try
            {
                var answer = await SendAsync(
                    DescopeOperation.PatchBatch,
                    new BatchPatchRequest(chunk),
                    DescopeJsonContext.Default.BatchPatchRequest,
                    DescopeJsonContext.Default.BatchPatchResponse,
                    cancellationToken).ConfigureAwait(false);
                collector.AddAnswer(chunk, answer);
            }
            catch (Exception error) when (IsRequestFailure(error, cancellationToken))
            {
                // One failed request must not hide the results of the others: its users are reported failed.
                collector.AddFailedRequest(chunk, error);
            }
        }

        return collector.ToResult();
    }

    /// <inheritdoc />
    public virtual Task<User> AddRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        SendRolesAsync(DescopeOperation.AddRoles, loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> RemoveRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        SendRolesAsync(DescopeOperation.RemoveRoles, loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> SetRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        SendRolesAsync(DescopeOperation.SetRoles, loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> RemoveTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrWhiteSpace(tenantId, nameof(tenantId));
        var body = new TenantRequest { LoginId = loginId, TenantId = tenantId };
        return SendForUserAsync(DescopeOperation.RemoveTenant, body, DescopeJsonContext.Default.TenantRequest, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> LoadAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return LoadByAsync("loginId", loginId, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> LoadByUserIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(userId, nameof(userId));
        return LoadByAsync("userId", userId, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> CreateAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default) =>
        SendCreateAsync(DescopeOperation.Create, loginId, user, test: false, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> CreateTestUserAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default) =>
        SendCreateAsync(DescopeOperation.CreateTestUser, loginId, user, test: true, cancellationToken);

    /// <inheritdoc />
    public virtual Task DeleteAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new LoginIdRequest { LoginId = loginId };
        return SendAsync(DescopeOperation.Delete, body, DescopeJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task<User> AddTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrWhiteSpace(tenantId, nameof(tenantId));
        var body = new TenantRequest { LoginId = loginId, TenantId = tenantId };
        return SendForUserAsync(DescopeOperation.AddTenant, body, DescopeJsonContext.Default.TenantRequest, cancellationToken);
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
    public override string ToString() => _credentials is null ? base.ToString()! : $"DescopeUserClient for project {_credentials.ProjectId} at {_baseUrl}";

    // What a batch reports per request instead of throwing: server errors and transport failures, but never the
    // caller's own cancellation.
    private static bool IsRequestFailure(Exception error, CancellationToken cancellationToken) => error switch
    {
        DescopeApiException or HttpRequestException or System.IO.IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static void ThrowIfInvalid(DescopeUserClientOptions options)
    {
        Argument.NotNull(options, nameof(options));
        var problems = DescopeOptionsValidation.Problems(options);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
    }

    private Task<User> SendCreateAsync(DescopeOperation operation, string loginId, UserCreate user, bool test, CancellationToken cancellationToken)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(user, nameof(user));
        user = Argument.Details(user, nameof(user));
        return SendForUserAsync(operation, new UserDetailsRequest(loginId, user, status: null, test), DescopeJsonContext.Default.UserDetailsRequest, cancellationToken);
    }

    private Task<User> SendRolesAsync(DescopeOperation operation, string loginId, IEnumerable<string> roleNames, string? tenantId, CancellationToken cancellationToken)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var roles = Argument.RoleNames(roleNames, nameof(roleNames));
        Argument.NullOrNotWhiteSpace(tenantId, nameof(tenantId));
        var body = new RolesRequest { LoginId = loginId, RoleNames = roles, TenantId = tenantId };
        return SendForUserAsync(operation, body, DescopeJsonContext.Default.RolesRequest, cancellationToken);
    }

    private async Task<User> SendForUserAsync<TRequest>(DescopeOperation operation, TRequest body, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(operation, body, requestType, DescopeJsonContext.Default.UserResponse, cancellationToken).ConfigureAwait(false);
        return answer.User!;
    }

    private async Task<User> LoadByAsync(string queryKey, string value, CancellationToken cancellationToken)
    {
        var operation = queryKey == "userId" ? DescopeOperation.LoadByUserId : DescopeOperation.Load;
        var context = new DescopeRequestContext(operation, _baseUrl);
        var request = context.CreateRequest(new Uri(_baseUrl + operation.Path + "?" + queryKey + "=" + Uri.EscapeDataString(value)));
        var answer = await SendAsync(context, request, DescopeJsonContext.Default.UserResponse, cancellationToken).ConfigureAwait(false);
        return answer.User!;
    }

    private ValueTask<TResponse> SendAsync<TRequest, TResponse>(
        DescopeOperation operation,
        TRequest body,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : class, IWireAnswer
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, requestType);
        var context = new DescopeRequestContext(operation, _baseUrl, bytes);
        var request = context.CreateRequest(_endpoints[operation.Ordinal]);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = JsonMediaType;
        request.Content = content;
        return SendAsync(context, request, responseType, cancellationToken);
    }

    // The one place a request is sent and its answer read; the methods above only say what to send.
    // Every call is observed once, here: a span, a duration measurement, and one log line.
    private async ValueTask<TResponse> SendAsync<TResponse>(
        DescopeRequestContext context,
        HttpRequestMessage request,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : class, IWireAnswer
    {
        var observation = CallObservation.Start(context.Operation);
        TResponse answer;
        try
        {
            using (request)
            {
                answer = await SendCoreAsync(context, request, responseType, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error)
        {
            observation.Failed(context, _logger, error);
            throw;
        }

        // Outside the try: a listener or log provider that throws must not make a completed call count as failed.
        observation.Completed(context, _logger);
        return answer;
    }

    private async ValueTask<TResponse> SendCoreAsync<TResponse>(
        DescopeRequestContext context,
        HttpRequestMessage request,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken)
        where TResponse : class, IWireAnswer
    {
        var operation = context.Operation;
        _credentials.ApplyToNew(request.Headers);
        using var response = await _httpClient
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        context.StatusCode = (int)response.StatusCode;

        if (!response.IsSuccessStatusCode)
        {
            throw await DescopeErrorReader.ReadAsync(response, operation.Name, request.Headers.Authorization?.Parameter, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        TResponse? answer;
        try
        {
            answer = response.Content switch
            {
                null => throw DescopeErrorReader.UnreadableSuccess(response, operation.Name, "The response had no body."),

                // The resilience handler read the body already: parse it straight from memory.
                BufferedContent buffered => JsonSerializer.Deserialize(buffered.Json, responseType),
                _ => await ReadFromStreamAsync(response.Content, responseType, cancellationToken).ConfigureAwait(false),
            };
        }
        catch (JsonException error)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation.Name, "The response body is not the JSON Descope sends: " + error.Message, error);
        }
        catch (Exception error) when (error is System.IO.IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // The server answered 2xx and then the connection broke: it acted, but the answer is lost.
            throw DescopeErrorReader.UnreadableSuccess(response, operation.Name, "The connection closed before the whole response arrived: " + error.Message, error);
        }

        if (answer is null)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation.Name, "The response body was JSON null.");
        }

        if (answer.Problem is { } problem)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation.Name, problem);
        }

        return answer;
    }

    // Without the SDK's handlers (a plain HttpClient) the body is still on the wire.
    private static async Task<TResponse?> ReadFromStreamAsync<TResponse>(HttpContent content, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
#if NET8_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false);
    }
}
