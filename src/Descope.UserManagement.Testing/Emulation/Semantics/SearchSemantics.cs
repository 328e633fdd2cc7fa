using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Search, search test users and load many, as Descope answers them: every filter (docs/wire-contract.md §3.20),
/// test users only when asked, creation order unless a sort is given, Descope's default page of 100, and the total
/// number of matches beside each page.
/// </summary>
internal sealed class SearchSemantics(DescopeUserStore store)
{
    private const int DefaultPageSize = 100;

    public void Map(EmulatorRoutes routes)
    {
        routes.Map(DescopeOperations.Search, (row, _, body) => Search(row, body, testUsersOnly: false));
        routes.Map(DescopeOperations.SearchTestUsers, (row, _, body) => Search(row, body, testUsersOnly: true));
        routes.Map(DescopeOperations.LoadUsers, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var userIds = reader.Strings("userIds") is { Count: > 0 } ids ? ids : throw EmulatedErrors.MissingArgument(row.Name, "userIds");
            var includeInvalid = reader.Bool("includeInvalidUsers") == true;
            var wanted = new HashSet<string>(userIds, StringComparer.Ordinal);
            var users = store.Snapshot()
                .Select(entry => entry.User)
                .Where(user => wanted.Contains(user.UserId!) && (includeInvalid || user.Status is UserStatus.Enabled or UserStatus.Invited))
                .ToList();
            return EmulatorAnswer.Json(200, new UsersResponse { Users = users, Total = users.Count }, SearchJsonContext.Default.UsersResponse);
        });
    }

    private EmulatorAnswer Search(DescopeOperation row, string body, bool testUsersOnly)
    {
        var reader = WireReader.Parse(row.Name, body);
        var query = UserSearchReader.Read(row.Name, reader);
        if (testUsersOnly)
        {
            query = query with { TestUsersOnly = true };
        }

        if (query.Limit is < 0 || query.Page is < 0)
        {
            throw EmulatedErrors.Invalid(row.Name, "limit and page must not be negative.");
        }

        var matcher = new UserSearchMatcher(query);
        var matches = matcher.Sort(store.Snapshot().Where(entry => matcher.Matches(entry.User, entry.Modified))).ToList();
        var limit = query.Limit is > 0 ? query.Limit.Value : DefaultPageSize;
        var skip = (long)(query.Page ?? 0) * limit;
        var users = skip >= matches.Count ? [] : matches.Skip((int)skip).Take(limit).ToList();
        return EmulatorAnswer.Json(200, new UsersResponse { Users = users, Total = matches.Count }, SearchJsonContext.Default.UsersResponse);
    }
}
