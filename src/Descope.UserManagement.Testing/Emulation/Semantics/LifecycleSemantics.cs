using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Load, create and delete, as Descope applies them: a created user starts as
/// <see cref="UserStatus.Invited"/>; deleting a user that does not exist succeeds.
/// </summary>
internal sealed class LifecycleSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        // Load and load by user ID share one path: the query key tells them apart.
        routes.Map(DescopeOperations.Load, (_, query, _) => Load(query));
        routes.Map(DescopeOperations.LoadByUserId, (_, query, _) => Load(query));
        routes.Map(DescopeOperations.Create, (row, _, body) => Create(row, body, test: false));
        routes.Map(DescopeOperations.CreateTestUser, (row, _, body) => Create(row, body, test: true));
        routes.Map(DescopeOperations.DeleteUser, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            store.Remove(reader.Has("userId") ? reader.RequiredString("userId") : reader.RequiredString("loginId"));
            return EmulatorAnswer.Empty();
        });
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

    private EmulatorAnswer Create(DescopeOperation row, string body, bool test)
    {
        var reader = WireReader.Parse(row.Name, body);
        var create = reader.Details(new UserCreate
        {
            Invite = reader.Bool("invite"), InviteUrl = reader.String("inviteUrl"), SendMail = reader.Bool("sendMail"), SendSms = reader.Bool("sendSMS"),
        });
        var loginId = reader.RequiredString("loginId");
        test = reader.Bool("test") == true || test;
        var user = store.Atomically(() =>
        {
            var loginIds = new List<string> { loginId };
            loginIds.AddRange(create.AdditionalIdentifiers ?? []);
            foreach (var id in loginIds)
            {
                if (store.OwnerOf(id) is not null)
                {
                    throw EmulatedErrors.AlreadyExists(row.Name, id);
                }
            }

            return store.Add(UserDetailsRules.ApplyAll(store, new User
            {
                LoginIds = loginIds.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                UserId = DescopeUserStore.NewUserId(),
                Status = UserStatus.Invited,
                Test = test,
                CreatedTime = store.Now(),
            }, create));
        });
        return EmulatorAnswer.ForUser(user);
    }
}
