using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Http;

/// <summary>
/// The one place a request is sent and its answer read: the public methods only say which row to send with which
/// body. Authenticates each request once, observes each call once (a span, a duration, one log line), and turns
/// every answer into the row's response type or a <see cref="DescopeApiException"/>.
/// </summary>
internal sealed class DescopeSender
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly Uri[] _endpoints;
    private readonly CurrentCredentials _credentials;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public DescopeSender(HttpClient httpClient, string baseUrl, CurrentCredentials credentials, ILogger logger, TimeProvider timeProvider)
    {
        _httpClient = httpClient;
        BaseUrl = baseUrl;
        _credentials = credentials;
        _logger = logger;
        _timeProvider = timeProvider;

        // Parsed once per client: a Uri is immutable, and parsing one per call costs more than the rest of the request.
        var rows = DescopeOperations.All;
        _endpoints = new Uri[rows.Count];
        foreach (var row in rows)
        {
            _endpoints[row.Ordinal] = new Uri(baseUrl + row.Path);
        }
    }

    /// <summary>The API base URL without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The project this sender authenticates as now.</summary>
    public string ProjectId => _credentials.Value.ProjectId;

    /// <summary>Sends <paramref name="body"/> as the row's JSON and returns the user of the <c>{"user": …}</c> answer.</summary>
    public async Task<User> SendForUserAsync<TRequest>(DescopeOperation<TRequest, UserResponse> row, TRequest body, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(row, body, cancellationToken).ConfigureAwait(false);
        return answer.User!;
    }

    /// <summary>Sends <paramref name="body"/> as the row's JSON and returns the row's answer.</summary>
    public ValueTask<TResponse> SendAsync<TRequest, TResponse>(DescopeOperation<TRequest, TResponse> row, TRequest body, CancellationToken cancellationToken)
        where TResponse : class, IWireAnswer
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, row.Request!);
        var context = new DescopeRequestContext(row, BaseUrl, bytes) { Secrets = ((object?)body as ICarriesSecrets)?.Secrets };
        var request = context.CreateRequest(_endpoints[row.Ordinal]);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = JsonMediaType;
        request.Content = content;
        return SendAsync(context, request, row.Response, cancellationToken);
    }

    /// <summary>Sends a body-less request with <paramref name="query"/> (already escaped, without the <c>?</c>).</summary>
    public ValueTask<TResponse> SendQueryAsync<TResponse>(DescopeOperation<NoBody, TResponse> row, string query, CancellationToken cancellationToken)
        where TResponse : class, IWireAnswer
    {
        var context = new DescopeRequestContext(row, BaseUrl);
        var uri = query.Length == 0 ? _endpoints[row.Ordinal] : new Uri(BaseUrl + row.Path + "?" + query);
        return SendAsync(context, context.CreateRequest(uri), row.Response, cancellationToken);
    }

    private async ValueTask<TResponse> SendAsync<TResponse>(
        DescopeRequestContext context, HttpRequestMessage request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
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
            // A once-only operation that may have been carried out says so, whatever the failure looked like.
            if (UnknownOutcome.For(context, error, cancellationToken) is { } unknown)
            {
                observation.Failed(context, _logger, unknown);
                throw unknown;
            }

            observation.Failed(context, _logger, error);
            throw;
        }

        // Outside the try: a listener or log provider that throws must not make a completed call count as failed.
        observation.Completed(context, _logger);
        return answer;
    }

    private async ValueTask<TResponse> SendCoreAsync<TResponse>(
        DescopeRequestContext context, HttpRequestMessage request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : class, IWireAnswer
    {
        var operation = context.Operation.Name;
        _credentials.Value.ApplyToNew(request.Headers);
        using var response = await _httpClient
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        context.StatusCode = (int)response.StatusCode;

        // The SDK's resilience handler buffered the body already; without it (a plain HttpClient) the same reader does it here.
        try
        {
            await ResponseBuffer.LoadAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is System.IO.IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            if (response.IsSuccessStatusCode)
            {
                // The server answered 2xx and then the connection broke: it acted, but the answer is lost.
                throw DescopeErrorReader.UnreadableSuccess(response, operation, "The connection closed before the whole response arrived: " + error.Message, error);
            }

            response.Content = null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw DescopeErrorReader.Read(response, operation, request.Headers.Authorization?.Parameter, _timeProvider.GetUtcNow(), context.Secrets);
        }

        // An answer whose content the SDK ignores (delete, logout, the removals) may come without one, or as an empty body.
        if (typeof(TResponse) == typeof(EmptyResponse) && (response.Content is not BufferedContent content || content.Json.Length == 0))
        {
            return (TResponse)(object)EmptyResponse.Instance;
        }

        if (response.Content is not BufferedContent body)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation, "The response had no body.");
        }

        TResponse? answer;
        try
        {
            answer = JsonSerializer.Deserialize(body.Json, responseType);
        }
        catch (JsonException error)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation, "The response body is not the JSON Descope sends: " + error.Message, error);
        }

        if (answer is null)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation, "The response body was JSON null.");
        }

        if (answer.Problem is { } problem)
        {
            throw DescopeErrorReader.UnreadableSuccess(response, operation, problem);
        }

        return answer;
    }
}
