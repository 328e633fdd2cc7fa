using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Emulation.Semantics;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// Descope's user-management endpoints over a <see cref="DescopeUserStore"/>: the routes of every area's semantics,
/// keyed by the SDK's operation rows, plus the license handshake.
/// </summary>
internal sealed class EmulatorApi
{
    private readonly EmulatorRoutes _routes = new();

    public EmulatorApi(DescopeUserStore store, Func<string> licenseTier)
    {
        new CompatibilitySemantics(store).Map(_routes);
        new ProfileSemantics(store).Map(_routes);
        new StatusAndLoginIdSemantics(store).Map(_routes);
        new RolesAndTenantsSemantics(store).Map(_routes);
        new BatchSemantics(store).Map(_routes);
        new BatchCreateSemantics(store).Map(_routes);
        new LifecycleSemantics(store).Map(_routes);
        new SearchSemantics(store).Map(_routes);
        new CredentialSemantics(store).Map(_routes);
        new SsoAppSemantics(store).Map(_routes);
        new TestUserSemantics(store).Map(_routes);
        new AuthenticatorSemantics(store).Map(_routes);
        new AttributeDefinitionSemantics(store).Map(_routes);
        _routes.Map(DescopeOperations.License, (_, _, _) =>
            EmulatorAnswer.Json(200, new LicenseResponse { RateLimitTier = licenseTier() }, EmulatorJsonContext.Default.LicenseResponse));
    }

    /// <summary>Whether the emulator serves this path at all.</summary>
    public bool Serves(string path) => _routes.Serves(path);

    /// <summary>Whether the emulator serves this operation row.</summary>
    public bool Serves(DescopeOperation row) => _routes.Serves(row);

    public EmulatorAnswer Handle(string method, string path, string query, string body) => _routes.Handle(method, path, query, body);
}
