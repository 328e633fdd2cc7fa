using System;
using System.Collections.Generic;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>The checks a search must pass before it is sent, each naming the search's parameter.</summary>
internal static class SearchArgument
{
    /// <summary>
    /// Checks <paramref name="query"/> and returns the search to send: the same filters, with custom attribute lists
    /// copied once so what is checked is what is sent.
    /// </summary>
    public static UserSearch Check(UserSearch? query, string parameterName)
    {
        Argument.NotNull(query, parameterName);
        if (query.Limit is < 0)
        {
            throw new ArgumentException($"Limit must be 0 (Descope's default page size) or more, not {query.Limit}.", parameterName);
        }

        if (query.Page is < 0)
        {
            throw new ArgumentException($"Page is 0-based and must not be negative, not {query.Page}.", parameterName);
        }

        if (query.Text is { Length: > 0 } && string.IsNullOrWhiteSpace(query.Text))
        {
            throw new ArgumentException("Text must not be only white space; leave it null to search without text.", parameterName);
        }

        Argument.Items(query.LoginIds, nameof(query.LoginIds), parameterName);
        Argument.Items(query.UserIds, nameof(query.UserIds), parameterName);
        Argument.Items(query.Emails, nameof(query.Emails), parameterName);
        Argument.Items(query.Phones, nameof(query.Phones), parameterName);
        Argument.Items(query.RoleNames, nameof(query.RoleNames), parameterName);
        Argument.Items(query.TenantIds, nameof(query.TenantIds), parameterName);
        Argument.Items(query.SsoAppIds, nameof(query.SsoAppIds), parameterName);
        Statuses(query.Statuses, parameterName);
        RoleFilters(query.TenantRoleNames, nameof(query.TenantRoleNames), parameterName);
        RoleFilters(query.TenantRoleIds, nameof(query.TenantRoleIds), parameterName);
        Range(query.CreatedAfter, query.CreatedBefore, "CreatedAfter is later than CreatedBefore", parameterName);
        Range(query.ModifiedAfter, query.ModifiedBefore, "ModifiedAfter is later than ModifiedBefore", parameterName);
        Sort(query.Sort, parameterName);
        return query.CustomAttributes is null ? query : query with { CustomAttributes = Attributes(query.CustomAttributes, parameterName) };
    }

    /// <summary>Checks the user IDs of a load and copies them once.</summary>
    public static IReadOnlyList<string> UserIds(IEnumerable<string>? userIds, string parameterName)
    {
        Argument.NotNull(userIds, parameterName);
        var copy = new List<string>(userIds);
        if (copy.Count == 0)
        {
            throw new ArgumentException("At least one user ID is required.", parameterName);
        }

        Argument.Items(copy, parameterName, parameterName);
        return copy;
    }

    private static void Statuses(IReadOnlyList<UserStatus>? statuses, string parameterName)
    {
        for (var i = 0; i < (statuses?.Count ?? 0); i++)
        {
            if (statuses![i] is not (UserStatus.Enabled or UserStatus.Disabled or UserStatus.Invited or UserStatus.Expired))
            {
                throw new ArgumentException($"Statuses[{i}] must be Enabled, Disabled, Invited or Expired.", parameterName);
            }
        }
    }

    private static void RoleFilters(IReadOnlyDictionary<string, RoleFilter>? filters, string property, string parameterName)
    {
        foreach (var filter in filters ?? new Dictionary<string, RoleFilter>())
        {
            if (string.IsNullOrWhiteSpace(filter.Key))
            {
                throw new ArgumentException($"{property} keys are tenant IDs and must not be blank.", parameterName);
            }

            if (filter.Value?.Values is not { Count: > 0 } values)
            {
                throw new ArgumentException($"{property}[\"{filter.Key}\"] must list at least one role.", parameterName);
            }

            Argument.Items(values, $"{property}[\"{filter.Key}\"].Values", parameterName);
        }
    }

    private static void Range(DateTimeOffset? from, DateTimeOffset? to, string problem, string parameterName)
    {
        if (from > to)
        {
            throw new ArgumentException($"{problem}: the range is empty.", parameterName);
        }
    }

    private static void Sort(IReadOnlyList<UserSort>? sort, string parameterName)
    {
        for (var i = 0; i < (sort?.Count ?? 0); i++)
        {
            if (sort![i] is null || string.IsNullOrWhiteSpace(sort[i].Field))
            {
                throw new ArgumentException($"Sort[{i}] must name a field (see UserSortFields).", parameterName);
            }
        }
    }

    private static Dictionary<string, object?> Attributes(IReadOnlyDictionary<string, object?> attributes, string parameterName)
    {
        var snapshot = new Dictionary<string, object?>(attributes.Count, StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            if (string.IsNullOrEmpty(attribute.Key))
            {
                throw new ArgumentException("CustomAttributes keys must not be empty.", parameterName);
            }

            if (!CustomAttributeValues.TryNormalize(attribute.Value, out var normalized))
            {
                throw new ArgumentException(
                    $"CustomAttributes[\"{attribute.Key}\"] cannot be sent: values must be a string, a bool, a finite number, a JsonElement or a list of those.",
                    parameterName);
            }

            snapshot[attribute.Key] = normalized;
        }

        return snapshot;
    }
}
