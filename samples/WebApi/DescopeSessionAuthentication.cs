using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace WebApi;

/// <summary>
/// Callers authenticate with a Descope session token (<c>Authorization: Bearer &lt;jwt&gt;</c>), checked against the
/// project's published keys; admin endpoints also need <see cref="AdminAuthSettings.AdminRole"/> among the token's
/// project-level <c>roles</c>. A role held only in a tenant (under <c>tenants</c>) does not count: these endpoints
/// change users of every tenant.
/// </summary>
internal static class DescopeSessionAuthentication
{
    /// <summary>The policy every admin endpoint requires.</summary>
    public const string AdminPolicy = "DescopeAdmin";

    // Descope's claim names, kept as they are in the token (no mapping to long .NET claim types).
    private const string RolesClaim = "roles";
    private const string TokenKindClaim = "drn";
    private const string RefreshTokenKind = "DSR";

    public static IServiceCollection AddDescopeSessionAuthentication(this IServiceCollection services, AdminAuthSettings settings)
    {
        if (settings.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        // Key fetches never follow redirects; http:// passes the settings check only for a loopback host (the emulator).
        var keyClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(10) };
        var keys = new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.KeySetUrl.ToString(),
            new DescopeKeySetRetriever(),
            new HttpDocumentRetriever(keyClient) { RequireHttps = settings.KeySetUrl.Scheme == Uri.UriSchemeHttps });

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.ConfigurationManager = keys;
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ValidateIssuer = true,
                IssuerValidator = (issuer, _, _) => DescopeIssuer.IsAccepted(issuer, settings)
                    ? issuer
                    : throw new SecurityTokenInvalidIssuerException("The token was not issued for this project.") { InvalidIssuer = issuer },

                // Descope session tokens carry no audience of this API's; the issuer and the project's keys bind them to it.
                ValidateAudience = false,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ClockSkew = settings.ClockSkew,
                NameClaimType = "sub",
                RoleClaimType = RolesClaim,
            };
            options.Events = new JwtBearerEvents
            {
                // A refresh token is signed with the same keys but is no session: it must not open the API.
                OnTokenValidated = context =>
                {
                    if (context.Principal?.FindFirst(TokenKindClaim)?.Value == RefreshTokenKind)
                    {
                        context.Fail("A refresh token is not a session token.");
                    }

                    return Task.CompletedTask;
                },
            };
        });

        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(RolesClaim, settings.AdminRole));
        return services;
    }
}
