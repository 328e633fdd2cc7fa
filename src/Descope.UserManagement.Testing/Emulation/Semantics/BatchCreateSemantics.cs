using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Batch create and batch invite, as Descope applies them: each user on its own, as a single create would be, and a
/// user that cannot be created (a login ID taken, by another user or by an earlier item; an invitation that cannot reach
/// the user) lands in <c>failedUsers</c> with the reason, while the rest are created; the answer is 200 either way. A
/// malformed item fails the whole request with 400 before anything is created.
/// </summary>
internal sealed class BatchCreateSemantics(DescopeUserStore store)
{
    // One path, two rows: the top-level invite key tells them apart.
    public void Map(EmulatorRoutes routes)
    {
        routes.Map(DescopeOperations.CreateBatch, (row, _, body) => CreateBatch(row, body));
        routes.Map(DescopeOperations.InviteBatch, (row, _, body) => CreateBatch(row, body));
    }

    private EmulatorAnswer CreateBatch(DescopeOperation row, string body)
    {
        var reader = WireReader.Parse(row.Name, body);
        var invitation = InvitationRules.Read(reader);
        var items = reader.Objects("users").Select(item => Read(row.Name, item)).ToArray();
        var created = new List<User>();
        var failed = new List<FailedUserResponse?>();
        foreach (var (loginId, details, extras) in items)
        {
            try
            {
                created.Add(UserCreation.Create(store, row.Name, loginId, details, extras, invitation));
            }
            catch (DescopeApiException error)
            {
                failed.Add(new FailedUserResponse { Failure = error.ErrorMessage ?? error.Message, User = new User { LoginIds = [loginId] } });
            }
        }

        var answer = new BatchCreateResponse { CreatedUsers = created, FailedUsers = failed, AdditionalErrors = [] };
        return EmulatorAnswer.Json(200, answer, BatchJsonContext.Default.BatchCreateResponse);
    }

    private static (string LoginId, UserDetails Details, NewUserExtras Extras) Read(string operation, WireReader item)
    {
        var loginId = item.RequiredString("loginId");
        var status = item.String("status") is { } text ? UserStatusNames.Parse(text) : (UserStatus?)null;
        if (status == UserStatus.Unknown)
        {
            throw EmulatedErrors.Invalid(operation, $"'{item.String("status")}' is not a status; use enabled, disabled, invited or expired.");
        }

        string? algorithm = null;
        if (item.Object("hashedPassword") is { } hashed)
        {
            algorithm = hashed.Keys.Count == 1 && hashed.Object(hashed.Keys[0]) is not null
                ? hashed.Keys[0]
                : throw EmulatedErrors.MalformedBody(operation, "'hashedPassword' must set exactly one algorithm, as an object.");
        }

        var createdTime = item.Long("createdTime") is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var extras = new NewUserExtras(item.Bool("test") == true, status, createdTime, item.String("password"), algorithm, item.String("seed"));
        return (loginId, item.Details(new BatchUserCreate(loginId)), extras);
    }
}
