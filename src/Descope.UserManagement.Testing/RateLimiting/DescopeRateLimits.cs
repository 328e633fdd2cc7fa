namespace Descope.UserManagement.Testing;

/// <summary>Descope's published per-project rate limits, as emulator presets. Each call makes a fresh limit.</summary>
public static class DescopeRateLimits
{
    /// <summary>
    /// User create: 100 requests per 60 seconds, counting every path under <c>/v1/mgmt/user/create</c> (create, create
    /// test user, invite, batch create, batch invite); a batch request counts once.
    /// </summary>
    /// <returns>A new limit.</returns>
    public static EmulatorRateLimit UserCreate() =>
        new("user create", 100, TimeSpan.FromSeconds(60), path => path.StartsWith("/v1/mgmt/user/create", StringComparison.Ordinal));

    /// <summary>User update (every change to an existing user) and search: 200 requests per 60 seconds.</summary>
    /// <returns>A new limit.</returns>
    public static EmulatorRateLimit UserUpdateAndSearch() =>
        new("user update and search", 200, TimeSpan.FromSeconds(60), path =>
            path.Contains("/mgmt/user/update", StringComparison.Ordinal)
            || path.StartsWith("/v1/mgmt/user/patch", StringComparison.Ordinal)
            || path.StartsWith("/v2/mgmt/user/search", StringComparison.Ordinal)
            || path == "/v1/mgmt/user/search");

    /// <summary>All non-authentication calls of a backend SDK: 1000 requests per 10 seconds.</summary>
    /// <returns>A new limit.</returns>
    public static EmulatorRateLimit BackendSdk() => new("backend SDK", 1000, TimeSpan.FromSeconds(10));
}
