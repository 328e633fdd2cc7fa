using System.Net;
using System.Security.Cryptography;
using Descope.UserManagement.Testing.Hosting;
using Descope.UserManagement.Testing.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Testing;

/// <summary>
/// An emulator of Descope's user-management API on 127.0.0.1: a real HTTP server with an in-memory
/// <see cref="DescopeUserStore"/>, a <see cref="Journal"/> of every request, <see cref="Faults"/> to inject,
/// optional <see cref="Latency"/> and <see cref="RateLimits"/>. It also stands in for Descope's session tokens: it
/// publishes a signing key at <see cref="KeySetUrl"/> and signs tokens for its users with
/// <see cref="IssueSessionToken"/>, so an app that validates Descope sessions can be tested without Descope.
/// </summary>
/// <example>
/// <code>
/// await using var emulator = await DescopeEmulator.StartAsync();
/// emulator.Store.Seed("alice@example.com", email: "alice@example.com");
/// using var client = emulator.CreateClient();
/// await client.DeactivateAsync("alice@example.com");
/// </code>
/// </example>
public sealed class DescopeEmulator : IAsyncDisposable
{
    private static readonly TimeSpan DefaultSessionTokenLifetime = TimeSpan.FromMinutes(10);

    private readonly WebApplication _app;
    private readonly EmulatorRequestHandler _handler;
    private readonly TimeProvider _timeProvider;

    private DescopeEmulator(WebApplication app, EmulatorRequestHandler handler, EmulatorSigningKey signingKey, TimeProvider timeProvider, string projectId, string managementKey, Uri baseUrl)
    {
        _app = app;
        _handler = handler;
        _timeProvider = timeProvider;
        SigningKey = signingKey;
        ProjectId = projectId;
        ManagementKey = managementKey;
        BaseUrl = baseUrl;
        KeySetUrl = new Uri(baseUrl, PublicKeysRoute.PathPrefix.TrimStart('/') + Uri.EscapeDataString(projectId));
        SessionTokenIssuer = baseUrl.ToString() + projectId;
    }

    /// <summary>The emulator's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The project ID the emulator accepts.</summary>
    public string ProjectId { get; }

    /// <summary>The management key the emulator accepts.</summary>
    public string ManagementKey { get; }

    /// <summary>
    /// Where the emulator publishes the public key that verifies its session tokens, as Descope does at
    /// <c>GET /v2/keys/&lt;projectId&gt;</c>: a JSON Web Key Set, served without the management key.
    /// </summary>
    public Uri KeySetUrl { get; }

    /// <summary>
    /// The <c>iss</c> of the emulator's session tokens: <see cref="BaseUrl"/> followed by <see cref="ProjectId"/>, e.g.
    /// <c>http://127.0.0.1:41234/P2EmulatorProject00000000000</c>, the form of Descope's <c>https://api.descope.com/&lt;projectId&gt;</c>.
    /// </summary>
    public string SessionTokenIssuer { get; }

    /// <summary>The users the emulator serves.</summary>
    public DescopeUserStore Store => _handler.Store;

    /// <summary>Every request received, for assertions.</summary>
    public RequestJournal Journal => _handler.Journal;

    /// <summary>Scripted answers for the next requests.</summary>
    public FaultInjector Faults => _handler.Faults;

    /// <summary>The rate limits enforced; none by default.</summary>
    public IReadOnlyList<EmulatorRateLimit> RateLimits => _handler.RateLimits;

    /// <summary>A delay added before every answer; none by default.</summary>
    public TimeSpan Latency
    {
        get => _handler.Latency;
        set => _handler.Latency = value;
    }

    /// <summary>The tier the license handshake (<c>GET /v1/mgmt/license</c>) reports. Default <c>tier2</c>.</summary>
    public string LicenseTier
    {
        get => _handler.LicenseTier;
        set => _handler.LicenseTier = value;
    }

    /// <summary>Enforces <paramref name="limit"/> from now on, e.g. <see cref="DescopeRateLimits.UserUpdateAndSearch"/>.</summary>
    /// <param name="limit">The limit.</param>
    public void AddRateLimit(EmulatorRateLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        _handler.AddRateLimit(limit);
    }

    /// <summary>Stops enforcing every rate limit.</summary>
    public void ClearRateLimits() => _handler.ClearRateLimits();

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    /// <param name="options">Project ID, key, store, clock and port; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator. Dispose it to stop it.</returns>
    public static async Task<DescopeEmulator> StartAsync(DescopeEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DescopeEmulatorOptions();
        var managementKey = options.ManagementKey ?? "K" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20));
        var timeProvider = options.TimeProvider ?? TimeProvider.System;
        var store = options.Store ?? new DescopeUserStore(timeProvider);
        var signingKey = new EmulatorSigningKey();
        var handler = new EmulatorRequestHandler(store, options.ProjectId, managementKey, signingKey, timeProvider);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        StandaloneHosting.Use(app, options, handler, managementKey);
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A taken port or a cancelled start: release what was built before reporting it.
            await app.DisposeAsync().ConfigureAwait(false);
            signingKey.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DescopeEmulator(app, handler, signingKey, timeProvider, options.ProjectId, managementKey, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Points <paramref name="options"/> at this emulator: project ID, management key and base URL.</summary>
    /// <param name="options">The options to set; pass this method to <c>AddDescopeUsers</c> as it is.</param>
    public void ConfigureClient(DescopeUserClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ProjectId = ProjectId;
        options.ManagementKey = ManagementKey;
        options.BaseUrl = BaseUrl;
    }

    /// <summary>New client options pointing at this emulator.</summary>
    /// <returns>The options.</returns>
    public DescopeUserClientOptions CreateClientOptions()
    {
        var options = new DescopeUserClientOptions();
        ConfigureClient(options);
        return options;
    }

    /// <summary>A <see cref="DescopeUserClient"/> talking to this emulator. Dispose it when done.</summary>
    /// <returns>The client.</returns>
    public DescopeUserClient CreateClient() => new(CreateClientOptions());

    /// <summary>
    /// A session token for a stored user, as Descope would issue at sign-in: a compact JWT signed RS256 with the key
    /// published at <see cref="KeySetUrl"/>. Its claims are <c>sub</c> (the user ID), <c>iss</c>
    /// (<see cref="SessionTokenIssuer"/>), <c>iat</c> and <c>exp</c> (epoch seconds), <c>drn</c> (<c>DS</c>), the user's
    /// project-level <c>roles</c> and <c>permissions</c>, and <c>tenants</c>:
    /// <c>{"&lt;tenantId&gt;": {"roles": […], "permissions": […]}}</c>. The user's status is not consulted.
    /// </summary>
    /// <param name="loginId">A login ID (any case) or user ID of a user in <see cref="Store"/>.</param>
    /// <param name="lifetime">How long the token is valid; 10 minutes (Descope's default session) when <see langword="null"/>.</param>
    /// <param name="issuedAt">The token's <c>iat</c>; now on the emulator's clock when <see langword="null"/>. A time in the past makes an expired token.</param>
    /// <returns>The token, ready for an <c>Authorization: Bearer</c> header.</returns>
    /// <exception cref="ArgumentException">No user has <paramref name="loginId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is zero or negative.</exception>
    public string IssueSessionToken(string loginId, TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginId);
        var validFor = lifetime ?? DefaultSessionTokenLifetime;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validFor, TimeSpan.Zero, nameof(lifetime));
        var user = Store.Find(loginId) ?? throw new ArgumentException($"The emulator's store has no user with login ID or user ID '{loginId}'.", nameof(loginId));
        var claims = SessionTokenClaims.For(user, SessionTokenIssuer, issuedAt ?? _timeProvider.GetUtcNow(), validFor);
        return SigningKey.Sign(claims.ToJson());
    }

    /// <summary>The key that signs this emulator's session tokens.</summary>
    internal EmulatorSigningKey SigningKey { get; }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        // Requests still held by a fault's delay are cut off rather than waited for.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(grace.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        SigningKey.Dispose();
    }

    /// <summary>Describes the emulator without its management key.</summary>
    /// <returns>The base URL and project ID.</returns>
    public override string ToString() => $"Descope emulator at {BaseUrl} for project {ProjectId}";
}
