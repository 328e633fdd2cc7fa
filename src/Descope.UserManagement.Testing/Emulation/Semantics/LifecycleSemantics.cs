using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Load, create, invite, delete and sign out, as Descope applies them: a created user starts as
/// <see cref="UserStatus.Invited"/>; an invitation is recorded in <see cref="DescopeUserStore.Invitations"/>; deleting a user that does not exist succeeds; delete all test users leaves every
/// other user; a logout is recorded in <see cref="DescopeUserStore.Logouts"/>.
/// </summary>
internal sealed class LifecycleSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        // Load and load by user ID share one path: the query key tells them apart.
        routes.Map(DescopeOperations.Load, (_, query, _) => Load(query));
        routes.Map(DescopeOperations.LoadByUserId, (_, query, _) => Load(query));
        routes.Map(DescopeOperations.Create, (row, _, body) => Create(row, body, test: false));
        routes.Map(DescopeOperations.Invite, (row, _, body) => Create(row, body, test: false));
        routes.Map(DescopeOperations.CreateTestUser, (row, _, body) => Create(row, body, test: true));

        // Delete and delete by user ID share one path: the body's key tells them apart. A missing user is no error.
        routes.Map(DescopeOperations.DeleteUser, (row, _, body) => DeleteOne(row, body));
        routes.Map(DescopeOperations.DeleteByUserId, (row, _, body) => DeleteOne(row, body));
        routes.Map(DescopeOperations.DeleteBatch, (row, _, body) =>
        {
            var userIds = WireReader.Parse(row.Name, body).Strings("userIds") is { Count: > 0 } ids ? ids : throw EmulatedErrors.MissingArgument(row.Name, "userIds");
            var doomed = new HashSet<string>(userIds, StringComparer.Ordinal);
            store.RemoveWhere(user => doomed.Contains(user.UserId!));
            return EmulatorAnswer.Empty();
        });
        routes.Map(DescopeOperations.DeleteAllTestUsers, (_, _, _) =>
        {
            store.RemoveWhere(user => user.Test == true);
            return EmulatorAnswer.Empty();
        });

        // Logout and logout by user ID share one path too; the user must exist.
        routes.Map(DescopeOperations.Logout, (row, _, body) => Logout(row, body));
        routes.Map(DescopeOperations.LogoutByUserId, (row, _, body) => Logout(row, body));
    }

    private EmulatorAnswer DeleteOne(DescopeOperation row, string body)
    {
        var reader = WireReader.Parse(row.Name, body);
        if (reader.Has("userId"))
        {
            var userId = reader.RequiredString("userId");
            store.RemoveWhere(user => user.UserId == userId);
        }
        else
        {
            store.Remove(reader.RequiredString("loginId"));
        }

        return EmulatorAnswer.Empty();
    }

    private EmulatorAnswer Logout(DescopeOperation row, string body)
    {
        var reader = WireReader.Parse(row.Name, body);
        var sessionTypes = reader.Strings("sessionTypes");
        store.Atomically(() =>
        {
            var user = reader.Has("userId") ? ByUserId(row.Name, reader.RequiredString("userId")) : store.Get(row.Name, reader.RequiredString("loginId"));
            store.Accounts.LoggedOut(new RecordedLogout(user.UserId!, sessionTypes, store.TimeProvider.GetUtcNow()));
            return user;
        });
        return EmulatorAnswer.Empty();
    }

    // A user ID names exactly one user; a login ID that happens to look like it does not count.
    private User ByUserId(string operation, string userId)
    {
        var user = store.Get(operation, userId);
        return user.UserId == userId ? user : throw EmulatedErrors.UserNotFound(operation, userId);
    }

    private EmulatorAnswer Load(string query)
    {
        var parameters = WireQuery.Parse(query);
        if (parameters.String("loginId") is { Length: > 0 } loginId)
        {
            return EmulatorAnswer.ForUser(store.Get(DescopeOperations.Load.Name, loginId));
        }

        if (parameters.String("userId") is { Length: > 0 } userId)
        {
            var operation = DescopeOperations.LoadByUserId.Name;
            var user = store.Get(operation, userId);
            return user.UserId == userId ? EmulatorAnswer.ForUser(user) : throw EmulatedErrors.UserNotFound(operation, userId);
        }

        throw EmulatedErrors.MissingArgument(DescopeOperations.Load.Name, "loginId");
    }

    // Create, create test user and invite: one path for the first and the last, told apart by invite: true.
    private EmulatorAnswer Create(DescopeOperation row, string body, bool test)
    {
        var reader = WireReader.Parse(row.Name, body);
        var details = reader.Details(new UserCreate());
        var loginId = reader.RequiredString("loginId");
        // "test" is read even on the test-user path, so it is never reported as an unused key.
        var extras = new NewUserExtras(Test: reader.Bool("test") == true || test);
        return EmulatorAnswer.ForUser(UserCreation.Create(store, row.Name, loginId, details, extras, InvitationRules.Read(reader)));
    }
}
