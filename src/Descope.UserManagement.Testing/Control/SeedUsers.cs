using System.Text;
using System.Text.Json;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Testing.Control;

/// <summary>
/// The <c>users</c> of a seed: each a user object as Descope's answers show it (<c>loginIds</c>, <c>userId</c>,
/// <c>name</c>, <c>email</c>, <c>status</c>, <c>roleNames</c>, <c>userTenants</c>, <c>customAttributes</c>,
/// <c>test</c>, <c>createdTime</c> in Unix seconds, …), read by the SDK's own user reader. Only <c>loginIds</c> is
/// required; a missing <c>userId</c>, <c>status</c> (<c>enabled</c>) or <c>createdTime</c> is filled in.
/// </summary>
internal static class SeedUsers
{
    public static List<User> Read(JsonElement list, SeedCatalog catalog, List<string> problems)
    {
        var users = new List<User>();
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add("users: must be an array of user objects.");
            return users;
        }

        var loginIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var userIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"users[{index}]";
            var before = problems.Count;
            if (ReadUser(item, at, problems) is { } user)
            {
                Check(user, at, catalog, problems);
                foreach (var loginId in user.LoginIds ?? [])
                {
                    if (!loginIds.TryAdd(loginId, index))
                    {
                        problems.Add($"{at}.loginIds: '{loginId}' is also a login ID of users[{loginIds[loginId]}].");
                    }
                }

                if (user.UserId is { } userId && !userIds.TryAdd(userId, index))
                {
                    problems.Add($"{at}.userId: '{userId}' is also the user ID of users[{userIds[userId]}].");
                }

                if (problems.Count == before)
                {
                    users.Add(user);
                }
            }

            index++;
        }

        return users;
    }

    private static User? ReadUser(JsonElement item, string at, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{at}: must be a user object, e.g. {{\"loginIds\": [\"alice@example.com\"]}}.");
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(item.GetRawText()));
            reader.Read();
            return UserJsonConverter.ReadUser(ref reader);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException)
        {
            problems.Add($"{at}: {error.Message}");
            return null;
        }
    }

    private static void Check(User user, string at, SeedCatalog catalog, List<string> problems)
    {
        foreach (var key in user.AdditionalProperties?.Keys ?? [])
        {
            problems.Add($"{at}.{key}: not a field of Descope's user object.");
        }

        if (user.LoginIds is not { Count: > 0 } loginIds || loginIds.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"{at}.loginIds: required, at least one non-blank login ID.");
        }
        else if (loginIds.Distinct(StringComparer.OrdinalIgnoreCase).Count() != loginIds.Count)
        {
            problems.Add($"{at}.loginIds: the same login ID twice (login IDs ignore case).");
        }

        if (user.UserId is { } userId && string.IsNullOrWhiteSpace(userId))
        {
            problems.Add($"{at}.userId: must not be blank; leave it out to have one made.");
        }

        if (user.Status == UserStatus.Unknown)
        {
            problems.Add($"{at}.status: one of enabled, disabled, invited, expired.");
        }

        CheckRoles(user.RoleNames, $"{at}.roleNames", catalog, problems);
        var tenantIndex = 0;
        foreach (var tenant in user.UserTenants ?? [])
        {
            var tenantAt = $"{at}.userTenants[{tenantIndex++}]";
            if (string.IsNullOrWhiteSpace(tenant.TenantId))
            {
                problems.Add($"{tenantAt}.tenantId: required.");
            }
            else if (catalog.Tenants.Count > 0 && !catalog.Tenants.Contains(tenant.TenantId))
            {
                problems.Add($"{tenantAt}.tenantId: '{tenant.TenantId}' is not among the seed's tenants.");
            }

            CheckRoles(tenant.RoleNames, $"{tenantAt}.roleNames", catalog, problems);
        }

        foreach (var (name, value) in user.CustomAttributes ?? new Dictionary<string, JsonElement>())
        {
            if (catalog.Attributes.Count == 0)
            {
                continue;
            }

            var problem = catalog.Attributes.TryGetValue(name, out var attribute) ? attribute.Misfit(value) : "not among the seed's attributes.";
            if (problem is not null)
            {
                problems.Add($"{at}.customAttributes.{name}: {problem}");
            }
        }
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, string at, SeedCatalog catalog, List<string> problems)
    {
        foreach (var role in roles ?? [])
        {
            if (catalog.Roles.Count > 0 && !catalog.Roles.Contains(role))
            {
                problems.Add($"{at}: '{role}' is not among the seed's roles.");
            }
        }
    }
}
