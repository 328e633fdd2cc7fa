using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Diagnostics;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Http;

/// <summary>
/// Sends <c>x-descope-license: &lt;tier&gt;</c> on management calls, as Descope's Go, Node and Python SDKs do, so
/// Descope's edge applies the project's own rate-limit tier. The tier comes from one <c>GET /v1/mgmt/license</c>
/// per client, made lazily before the first call; a failed handshake is logged and the calls go without the header.
/// </summary>
internal sealed class DescopeLicenseHandler : DelegatingHandler
{
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    // The longest a call waits for a handshake in progress; after that it goes without the header.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);

    private readonly LicenseTierCache _cache;
    private readonly ILogger _logger;

    // Ends a handshake still in flight when the client goes away.
    private readonly CancellationTokenSource _lifetime = new();

    public DescopeLicenseHandler(LicenseTierCache cache, ILogger logger)
    {
        _cache = cache;
        _logger = logger;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = DescopeRequestContext.Of(request);
        if (context is null || context.Operation == DescopeOperations.License)
        {
            return base.SendAsync(request, cancellationToken);
        }

        if (_cache.TryGetSettled(out var tier))
        {
            SetTier(request, tier);
            return base.SendAsync(request, cancellationToken);
        }

        return SendAfterHandshakeAsync(request, context, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAfterHandshakeAsync(HttpRequestMessage request, DescopeRequestContext context, CancellationToken cancellationToken)
    {
        var tier = await WaitBrieflyAsync(_cache.GetAsync(() => HandshakeAsync(request, context)), cancellationToken).ConfigureAwait(false);
        SetTier(request, tier);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    // A retry's copy already carries the header; whatever the tier is now replaces it.
    private static void SetTier(HttpRequestMessage request, string? tier)
    {
        request.Headers.Remove(DescopeHeaders.License);
        if (tier is not null)
        {
            request.Headers.TryAddWithoutValidation(DescopeHeaders.License, tier);
        }
    }

    // The handshake never holds a call up for long, and the caller's cancellation ends the wait at once.
    private static async Task<string?> WaitBrieflyAsync(Task<string?> handshake, CancellationToken cancellationToken)
    {
        if (handshake.IsCompleted)
        {
            return await handshake.ConfigureAwait(false);
        }

        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = Task.Delay(LongestWait, stopWaiting.Token);
        var first = await Task.WhenAny(handshake, wait).ConfigureAwait(false);
        stopWaiting.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        return first == handshake ? await handshake.ConfigureAwait(false) : null;
    }

    private async Task<string?> HandshakeAsync(HttpRequestMessage trigger, DescopeRequestContext context)
    {
        // Not tied to the triggering call's cancellation: the tier is shared by every later call too.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        timeout.CancelAfter(HandshakeTimeout);
        using var handshake = new DescopeRequestContext(DescopeOperations.License, context.BaseUrl)
            .CreateRequest(new Uri(context.BaseUrl + DescopeOperations.License.Path));
        handshake.Headers.Authorization = trigger.Headers.Authorization;
        try
        {
            using var response = await base.SendAsync(handshake, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return Failed($"HTTP {(int)response.StatusCode}");
            }

            byte[] body;
            using (timeout.Token.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
            {
#if NET8_0_OR_GREATER
                body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
#else
                body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
            }
            var tier = JsonSerializer.Deserialize(body, DescopeJsonContext.Default.LicenseResponse)?.RateLimitTier;
            if (string.IsNullOrWhiteSpace(tier))
            {
                return Failed("the answer named no rateLimitTier");
            }

            Log.LicenseTier(_logger, tier!);
            return tier;
        }
        catch (Exception error) when (error is HttpRequestException or JsonException or OperationCanceledException or System.IO.IOException or ObjectDisposedException)
        {
            return Failed(error.GetType().Name);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lifetime.Cancel();
            _lifetime.Dispose();
        }

        base.Dispose(disposing);
    }

    private string? Failed(string reason)
    {
        Log.LicenseHandshakeFailed(_logger, reason, LicenseTierCache.RetryFailedAfter.TotalSeconds);
        return null;
    }
}
