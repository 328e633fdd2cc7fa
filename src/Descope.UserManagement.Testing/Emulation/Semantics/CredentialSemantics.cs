using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Passwords, as Descope applies them: the store keeps a salted hash and a state (temporary, active, expired), never
/// the password; a user with a password reports <c>password: true</c>. Expiring a user without a password changes
/// nothing.
/// </summary>
internal sealed class CredentialSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Map(DescopeOperations.SetTemporaryPassword, (row, _, body) => SetPassword(row, body, UserPasswordState.Temporary));
        routes.Map(DescopeOperations.SetActivePassword, (row, _, body) => SetPassword(row, body, UserPasswordState.Active));
        routes.Map(DescopeOperations.ExpirePassword, (row, _, body) =>
        {
            var loginId = WireReader.Parse(row.Name, body).RequiredString("loginId");
            store.Atomically(() =>
            {
                store.Accounts.ExpirePassword(store.Get(row.Name, loginId).UserId!);
                return true;
            });
            return EmulatorAnswer.Empty();
        });
    }

    private EmulatorAnswer SetPassword(DescopeOperation row, string body, UserPasswordState state)
    {
        var reader = WireReader.Parse(row.Name, body);
        var loginId = reader.RequiredString("loginId");
        var password = reader.RequiredString("password");
        store.Change(row.Name, loginId, user =>
        {
            store.Accounts.SetPassword(user.UserId!, password, state);
            return user with { Password = true };
        });
        return EmulatorAnswer.Empty();
    }
}
