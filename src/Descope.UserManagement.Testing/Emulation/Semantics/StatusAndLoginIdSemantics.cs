using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>Status and login IDs, as Descope applies them.</summary>
internal sealed class StatusAndLoginIdSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.MapUser(DescopeOperations.UpdateStatus, (request, loginId) =>
        {
            var status = request.Status() ?? throw EmulatedErrors.MissingArgument(DescopeOperations.UpdateStatus.Name, "status");
            return store.Change(DescopeOperations.UpdateStatus.Name, loginId, user => user with { Status = status });
        });
        routes.MapUser(DescopeOperations.UpdateLoginId, (request, loginId) => UpdateLoginId(loginId, request.String("newLoginId")));
    }

    // Replaces the named login ID in place, or removes it; the last login ID stays, and another user's is refused.
    private User UpdateLoginId(string loginId, string? newLoginId)
    {
        var operation = DescopeOperations.UpdateLoginId.Name;
        return store.Atomically(() =>
        {
            var user = store.Get(operation, loginId);
            var current = user.LoginIds!.FirstOrDefault(id => string.Equals(id, loginId, StringComparison.OrdinalIgnoreCase))
                ?? throw EmulatedErrors.Invalid(operation, $"'{loginId}' is not a login ID of the user; a login ID change must name the login ID to replace.");
            var loginIds = user.LoginIds!.ToList();
            var index = loginIds.IndexOf(current);
            if (string.IsNullOrEmpty(newLoginId))
            {
                if (loginIds.Count == 1)
                {
                    throw EmulatedErrors.Invalid(operation, "A user's last login ID cannot be removed.");
                }

                loginIds.RemoveAt(index);
            }
            else
            {
                if (!string.Equals(newLoginId, current, StringComparison.OrdinalIgnoreCase) && store.OwnerOf(newLoginId) is { } owner)
                {
                    throw owner == user.UserId
                        ? EmulatedErrors.Invalid(operation, $"'{newLoginId}' is already another login ID of this user.")
                        : EmulatedErrors.AlreadyExists(operation, newLoginId);
                }

                loginIds[index] = newLoginId;
            }

            return store.Replace(user, user with { LoginIds = loginIds.ToArray() });
        });
    }
}
