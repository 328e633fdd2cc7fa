using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// Descope's user-management endpoints over a <see cref="DescopeUserStore"/>: reads each request as Descope would,
/// calls the store, and writes Descope's answer or error body.
/// </summary>
internal sealed class EmulatorApi
{
    private delegate EmulatorAnswer Route(string query, string body);

    private readonly DescopeUserStore _store;
    private readonly Func<string> _licenseTier;
    private readonly Dictionary<string, Dictionary<string, Route>> _routes;

    public EmulatorApi(DescopeUserStore store, Func<string> licenseTier)
    {
        _store = store;
        _licenseTier = licenseTier;
        _routes = new Dictionary<string, Dictionary<string, Route>>(StringComparer.Ordinal)
        {
            ["/v1/mgmt/user"] = new() { ["GET"] = Load },
            ["/v1/mgmt/user/create"] = new() { ["POST"] = (_, body) => Create(body, test: false) },
            ["/v1/mgmt/user/create/test"] = new() { ["POST"] = (_, body) => Create(body, test: true) },
            ["/v1/mgmt/user/delete"] = new() { ["POST"] = Delete },
            ["/v1/mgmt/user/update"] = new() { ["POST"] = (_, body) => UserCall("Update", body, (r, id) => _store.Update(id, r.Details(new UserUpdate()))) },
            ["/v1/mgmt/user/update/status"] = new() { ["POST"] = (_, body) => UserCall("UpdateStatus", body, (r, id) => _store.UpdateStatus(id, r.Status() ?? throw EmulatedErrors.MissingArgument("UpdateStatus", "status"))) },
            ["/v1/mgmt/user/update/email"] = new() { ["POST"] = (_, body) => UserCall("UpdateEmail", body, (r, id) => _store.UpdateEmail(id, r.String("email") ?? "", r.Bool("verified") ?? false, r.Bool("failOnConflict") ?? false)) },
            ["/v1/mgmt/user/update/phone"] = new() { ["POST"] = (_, body) => UserCall("UpdatePhone", body, (r, id) => _store.UpdatePhone(id, r.String("phone") ?? "", r.Bool("verified") ?? false, r.Bool("failOnConflict") ?? false)) },
            ["/v1/mgmt/user/update/name"] = new() { ["POST"] = (_, body) => UserCall("UpdateDisplayName", body, (r, id) => _store.UpdateDisplayName(id, new DisplayName { Name = r.String("name"), GivenName = r.String("givenName"), MiddleName = r.String("middleName"), FamilyName = r.String("familyName") })) },
            ["/v1/mgmt/user/update/loginid"] = new() { ["POST"] = (_, body) => UserCall("UpdateLoginId", body, (r, id) => _store.UpdateLoginId(id, r.String("newLoginId"))) },
            ["/v1/mgmt/user/patch"] = new() { ["PATCH"] = (_, body) => UserCall("Patch", body, (r, id) => _store.Patch(id, r.Details(new UserPatch { Status = r.Status() }))) },
            ["/v1/mgmt/user/patch/batch"] = new() { ["PATCH"] = PatchBatch },
            ["/v2/mgmt/user/update/role/add"] = new() { ["POST"] = (_, body) => UserCall("AddRoles", body, (r, id) => _store.AddRoles(id, Roles("AddRoles", r), r.String("tenantId"))) },
            ["/v1/mgmt/user/update/role/remove"] = new() { ["POST"] = (_, body) => UserCall("RemoveRoles", body, (r, id) => _store.RemoveRoles(id, Roles("RemoveRoles", r), r.String("tenantId"))) },
            ["/v1/mgmt/user/update/role/set"] = new() { ["POST"] = (_, body) => UserCall("SetRoles", body, (r, id) => _store.SetRoles(id, Roles("SetRoles", r), r.String("tenantId"))) },
            ["/v1/mgmt/user/update/tenant/add"] = new() { ["POST"] = (_, body) => UserCall("AddTenant", body, (r, id) => _store.AddTenant(id, r.RequiredString("tenantId"))) },
            ["/v1/mgmt/user/update/tenant/remove"] = new() { ["POST"] = (_, body) => UserCall("RemoveTenant", body, (r, id) => _store.RemoveTenant(id, r.RequiredString("tenantId"))) },
            ["/v2/mgmt/user/search"] = new() { ["POST"] = Search },
            ["/v1/mgmt/license"] = new() { ["GET"] = (_, _) => Json(200, new LicenseResponse { RateLimitTier = _licenseTier() }, EmulatorJsonContext.Default.LicenseResponse) },
        };
    }

    /// <summary>Whether the emulator serves this path at all.</summary>
    public bool Serves(string path) => _routes.ContainsKey(path);

    public EmulatorAnswer Handle(string method, string path, string query, string body)
    {
        // Plain-text answers, not Descope error bodies: a path the emulator lacks is not "user not found".
        if (!_routes.TryGetValue(path, out var byMethod))
        {
            return new EmulatorAnswer(404, System.Text.Encoding.UTF8.GetBytes($"The emulator does not serve {path}."), "text/plain");
        }

        if (!byMethod.TryGetValue(method, out var route))
        {
            return new EmulatorAnswer(405, System.Text.Encoding.UTF8.GetBytes($"{path} does not accept {method}."), "text/plain");
        }

        try
        {
            return route(query, body);
        }
        catch (DescopeApiException error)
        {
            return ErrorAnswer(error);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // JSON that parses but does not fit (duplicate keys, a fraction where a count belongs): a bad request.
            return Error(400, EmulatedErrors.BadRequestCode, "Bad request", error.Message);
        }
    }

    public static EmulatorAnswer ErrorAnswer(DescopeApiException error) =>
        Error((int)error.StatusCode, error.ErrorCode, error.ErrorDescription, error.ErrorMessage);

    public static EmulatorAnswer Error(int statusCode, string? code, string? description, string? message) =>
        Json(statusCode, new ErrorResponse { ErrorCode = code, ErrorDescription = description, ErrorMessage = message }, DescopeJsonContext.Default.ErrorResponse);

    private static EmulatorAnswer UserCall(string operation, string body, Func<WireReader, string, User> call)
    {
        var reader = WireReader.Parse(operation, body);
        var user = call(reader, reader.RequiredString("loginId"));
        return UserAnswer(user);
    }

    private EmulatorAnswer Create(string body, bool test)
    {
        var operation = test ? "CreateTestUser" : "Create";
        var reader = WireReader.Parse(operation, body);
        var create = reader.Details(new UserCreate
        {
            Invite = reader.Bool("invite"), InviteUrl = reader.String("inviteUrl"), SendMail = reader.Bool("sendMail"), SendSms = reader.Bool("sendSMS"),
        });
        return UserAnswer(_store.Create(reader.RequiredString("loginId"), create, test || reader.Bool("test") == true));
    }

    private EmulatorAnswer Load(string query, string body)
    {
        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        if (parameters.TryGetValue("loginId", out var loginId) && !string.IsNullOrEmpty(loginId))
        {
            return UserAnswer(_store.Load(loginId!, "Load"));
        }

        if (parameters.TryGetValue("userId", out var userId) && !string.IsNullOrEmpty(userId))
        {
            var user = _store.Load(userId!, "LoadByUserId");
            return user.UserId == userId ? UserAnswer(user) : throw EmulatedErrors.UserNotFound("LoadByUserId", userId!);
        }

        throw EmulatedErrors.MissingArgument("Load", "loginId");
    }

    private EmulatorAnswer Delete(string query, string body)
    {
        var reader = WireReader.Parse("Delete", body);
        _store.Delete(reader.Has("userId") ? reader.RequiredString("userId") : reader.RequiredString("loginId"));
        return new EmulatorAnswer(200, "{}"u8.ToArray());
    }

    private EmulatorAnswer PatchBatch(string query, string body)
    {
        var reader = WireReader.Parse("PatchBatch", body);
        var patches = reader.Objects("users")
            .Select(item => item.Details(new BatchUserPatch(item.RequiredString("loginId")) { Status = item.Status() }))
            .ToArray();
        var outcome = _store.PatchBatch(patches);
        var answer = new BatchPatchResponse
        {
            PatchedUsers = [.. outcome.Patched],
            FailedUsers = outcome.Failed.Select(f => (FailedUserResponse?)new FailedUserResponse { Failure = f.Failure, User = f.User }).ToList(),
            AdditionalErrors = [],
        };
        return Json(200, answer, DescopeJsonContext.Default.BatchPatchResponse);
    }

    private EmulatorAnswer Search(string query, string body)
    {
        var reader = WireReader.Parse("Search", body);
        var statuses = reader.Strings("statuses")?.Select(UserStatusNames.Parse).ToArray();
        var outcome = _store.Search(new UserSearch
        {
            Limit = reader.Int("limit"),
            Page = reader.Int("page"),
            LoginIds = reader.Strings("loginIds"),
            Emails = reader.Strings("emails"),
            Phones = reader.Strings("phones"),
            TenantIds = reader.Strings("tenantIds"),
            RoleNames = reader.Strings("roleNames"),
            Statuses = statuses,
            Text = reader.String("text"),
        });
        return Json(200, new SearchResponse { Users = outcome.Users, Total = outcome.Total }, EmulatorJsonContext.Default.SearchResponse);
    }

    private static IReadOnlyList<string> Roles(string operation, WireReader reader) =>
        reader.Strings("roleNames") is { Count: > 0 } roles ? roles : throw EmulatedErrors.MissingArgument(operation, "roleNames");

    private static EmulatorAnswer UserAnswer(User user) =>
        Json(200, new UserResponse { User = user }, DescopeJsonContext.Default.UserResponse);

    private static EmulatorAnswer Json<T>(int statusCode, T value, JsonTypeInfo<T> type) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, type));
}
