using System.Text.Json;

namespace Descope.UserManagement.Testing.Emulation;

/// <summary>
/// Descope's search semantics over stored users: a user matches when it passes every filter that is set, and a list
/// filter when any one of its values holds. Per-tenant role filters match in any listed tenant; the emulator has no
/// role IDs, so a role's ID is its name.
/// </summary>
internal sealed class UserSearchMatcher(UserSearch query)
{
    public bool Matches(User user, DateTimeOffset modified) =>
        TestUsers(user)
        && AnyOf(query.LoginIds, id => user.LoginIds?.Contains(id, StringComparer.OrdinalIgnoreCase) == true)
        && AnyOf(query.UserIds, id => user.UserId == id)
        && AnyOf(query.Emails, email => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        && AnyOf(query.Phones, phone => user.Phone == phone)
        && AnyOf(query.Statuses, status => user.Status == status)
        && AnyOf(query.RoleNames, role => AllRoles(user).Contains(role, StringComparer.Ordinal))
        && AnyOf(query.TenantIds, tenant => user.UserTenants?.Any(t => t.TenantId == tenant) == true)
        && TenantRoles(user, query.TenantRoleNames)
        && TenantRoles(user, query.TenantRoleIds)
        && (query.CustomAttributes ?? new Dictionary<string, object?>()).All(filter => Attribute(user, filter.Key, filter.Value))
        && AnyOf(query.SsoAppIds, app => user.SsoAppIds?.Contains(app, StringComparer.Ordinal) == true)
        && Within(user.CreatedTime, query.CreatedAfter, query.CreatedBefore)
        && Within(modified, query.ModifiedAfter, query.ModifiedBefore)
        && (string.IsNullOrEmpty(query.Text) || Texts(user).Any(text => text?.Contains(query.Text, StringComparison.OrdinalIgnoreCase) == true));

    /// <summary>The matches in the search's order: creation order, then each sort key from the last to the first.</summary>
    public IEnumerable<User> Sort(IEnumerable<(User User, DateTimeOffset Modified)> matches)
    {
        IEnumerable<(User User, DateTimeOffset Modified)> ordered = matches;
        if (query.Sort is { Count: > 0 } keys)
        {
            IOrderedEnumerable<(User User, DateTimeOffset Modified)>? sorted = null;
            foreach (var key in keys)
            {
                Func<(User User, DateTimeOffset Modified), IComparable?> selector = entry => SortValue(entry.User, entry.Modified, key.Field);
                sorted = sorted is null
                    ? (key.Descending ? ordered.OrderByDescending(selector, Comparer.Instance) : ordered.OrderBy(selector, Comparer.Instance))
                    : (key.Descending ? sorted.ThenByDescending(selector, Comparer.Instance) : sorted.ThenBy(selector, Comparer.Instance));
            }

            ordered = sorted!;
        }

        return ordered.Select(entry => entry.User);
    }

    private bool TestUsers(User user) =>
        query.TestUsersOnly == true ? user.Test == true : query.WithTestUsers == true || user.Test != true;

    private static IEnumerable<string> AllRoles(User user) =>
        (user.RoleNames ?? []).Concat((user.UserTenants ?? []).SelectMany(t => t.RoleNames ?? []));

    private static bool TenantRoles(User user, IReadOnlyDictionary<string, RoleFilter>? filters) =>
        filters is not { Count: > 0 } || filters.Any(filter =>
            user.UserTenants?.FirstOrDefault(t => t.TenantId == filter.Key) is { } tenant
            && (filter.Value.MatchAll
                ? filter.Value.Values.All(role => tenant.RoleNames?.Contains(role, StringComparer.Ordinal) == true)
                : filter.Value.Values.Any(role => tenant.RoleNames?.Contains(role, StringComparer.Ordinal) == true)));

    // Exact match of the stored JSON value, or of any item when the filter is a list.
    private static bool Attribute(User user, string key, object? filter)
    {
        if (user.CustomAttributes?.TryGetValue(key, out var stored) != true)
        {
            return false;
        }

        var wanted = AttributeJson.ToElement(filter);
        return wanted.ValueKind == JsonValueKind.Array
            ? wanted.EnumerateArray().Any(item => SameValue(stored, item))
            : SameValue(stored, wanted);
    }

    private static bool SameValue(JsonElement a, JsonElement b) =>
        a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number
            ? a.GetDecimal() == b.GetDecimal()
            : a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText();

    private static bool Within(DateTimeOffset? time, DateTimeOffset? from, DateTimeOffset? to) =>
        (from is null || time >= from) && (to is null || time <= to);

    private static bool AnyOf<T>(IReadOnlyList<T>? wanted, Func<T, bool> match) => wanted is not { Count: > 0 } || wanted.Any(match);

    private static IEnumerable<string?> Texts(User user) =>
        (user.LoginIds ?? []).Concat([user.Name, user.Email, user.Phone, user.GivenName, user.FamilyName]);

    private static IComparable? SortValue(User user, DateTimeOffset modified, string field) => field switch
    {
        "id" => user.UserId,
        "displayName" => user.Name,
        "email" => user.Email,
        "phoneNumber" => user.Phone,
        "status" => user.Status?.ToString(),
        "createdTime" => user.CreatedTime,
        "modifiedTime" => modified,
        "externalId" => user.ExternalIds is { Count: > 0 } ids ? ids[0] : null,
        "tenant" => user.UserTenants is { Count: > 0 } tenants ? tenants[0].TenantId : null,
        _ => null,
    };

    /// <summary>Orders values of one kind, with missing values first; strings ignoring case.</summary>
    private sealed class Comparer : IComparer<IComparable?>
    {
        public static readonly Comparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            _ => x.CompareTo(y),
        };
    }
}
