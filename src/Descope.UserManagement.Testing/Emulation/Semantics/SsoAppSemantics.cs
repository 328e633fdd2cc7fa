using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// The SSO applications a user may use, as Descope applies them: add keeps the order and skips IDs the user has, set
/// replaces the list, remove drops the named IDs (an ID the user lacks is no error). An empty list is what Descope
/// reads as access to every application; the emulator stores it as it is.
/// </summary>
internal sealed class SsoAppSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.MapUser(DescopeOperations.AddSsoApps, (request, loginId) =>
            Change(DescopeOperations.AddSsoApps, request, loginId, (current, ids) => current.Concat(ids).Distinct(StringComparer.Ordinal)));
        routes.MapUser(DescopeOperations.SetSsoApps, (request, loginId) =>
            Change(DescopeOperations.SetSsoApps, request, loginId, (_, ids) => ids));
        routes.MapUser(DescopeOperations.RemoveSsoApps, (request, loginId) =>
            Change(DescopeOperations.RemoveSsoApps, request, loginId, (current, ids) => current.Except(ids, StringComparer.Ordinal)));
    }

    private User Change(DescopeOperation row, WireReader request, string loginId, Func<IEnumerable<string>, IReadOnlyList<string>, IEnumerable<string>> change)
    {
        var ids = request.Strings("ssoAppIds") ?? throw EmulatedErrors.MissingArgument(row.Name, "ssoAppIds");
        return store.Change(row.Name, loginId, user => user with { SsoAppIds = change(user.SsoAppIds ?? [], ids).ToArray() });
    }
}
