using System.Text.Json;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation;

/// <summary>Reads a search body into a <see cref="UserSearch"/>, as Descope reads it (times in Unix milliseconds).</summary>
internal static class UserSearchReader
{
    public static UserSearch Read(string operation, WireReader reader) => new()
    {
        Limit = reader.Int("limit"),
        Page = reader.Int("page"),
        Text = reader.String("text"),
        LoginIds = reader.Strings("loginIds"),
        UserIds = reader.Strings("userIds"),
        Emails = reader.Strings("emails"),
        Phones = reader.Strings("phones"),
        Statuses = reader.Strings("statuses")?.Select(name => Status(operation, name)).ToArray(),
        RoleNames = reader.Strings("roleNames"),
        TenantIds = reader.Strings("tenantIds"),
        TenantRoleIds = RoleFilters(reader.ObjectMap("tenantRoleIds")),
        TenantRoleNames = RoleFilters(reader.ObjectMap("tenantRoleNames")),
        CustomAttributes = reader.CustomAttributes(),
        SsoAppIds = reader.Strings("ssoAppIds"),
        WithTestUsers = reader.Bool("withTestUser"),
        TestUsersOnly = reader.Bool("testUsersOnly"),
        CreatedAfter = Time(reader.Long("fromCreatedTime")),
        CreatedBefore = Time(reader.Long("toCreatedTime")),
        ModifiedAfter = Time(reader.Long("fromModifiedTime")),
        ModifiedBefore = Time(reader.Long("toModifiedTime")),
        Sort = reader.Has("sort") ? reader.Objects("sort").Select(key => new UserSort(key.RequiredString("field"), key.Bool("desc") == true)).ToArray() : null,
    };

    private static UserStatus Status(string operation, string name)
    {
        var status = UserStatusNames.Parse(name);
        return status == UserStatus.Unknown ? throw EmulatedErrors.Invalid(operation, $"'{name}' is not a status.") : status;
    }

    // Descope's SDKs leave a time filter at 0 when it is not set: 0 means no bound.
    private static DateTimeOffset? Time(long? milliseconds) =>
        milliseconds is { } value and not 0 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : null;

    private static Dictionary<string, RoleFilter>? RoleFilters(IReadOnlyDictionary<string, WireReader>? filters) =>
        filters?.ToDictionary(entry => entry.Key, entry => new RoleFilter(entry.Value.Strings("values") ?? [], entry.Value.Bool("and") == true), StringComparer.Ordinal);
}
