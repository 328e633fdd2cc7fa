using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Internal;

/// <summary>The argument checks every operation makes before it touches the network.</summary>
internal static class Argument
{
    public static void NotNull<T>([NotNull] T? value, string parameterName)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    public static void NotNullOrWhiteSpace([NotNull] string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be empty or white space.", parameterName);
        }
    }

    /// <summary>An optional value: <see langword="null"/> is fine, but an empty or blank one is a mistake.</summary>
    public static void NullOrNotWhiteSpace(string? value, string parameterName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must be null (not given) or a non-blank string.", parameterName);
        }
    }

    /// <summary>Copies the role names once (the caller's sequence may be lazy) and checks each.</summary>
    public static IReadOnlyList<string> RoleNames(IEnumerable<string>? roleNames, string parameterName)
    {
        if (roleNames is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var copy = new List<string>(roleNames);
        if (copy.Count == 0)
        {
            throw new ArgumentException("At least one role name is required.", parameterName);
        }

        for (var i = 0; i < copy.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(copy[i]))
            {
                throw new ArgumentException($"Role name at index {i} is null, empty or white space.", parameterName);
            }
        }

        return copy;
    }

    public static void SettableStatus(UserStatus status, string parameterName)
    {
        if (!UserStatusNames.IsSettable(status))
        {
            throw new ArgumentOutOfRangeException(
                parameterName, status, "The status must be UserStatus.Enabled, UserStatus.Disabled or UserStatus.Invited.");
        }
    }

    /// <summary>Checks the parts of an update or patch the server could not make sense of.</summary>
    public static void Details(UserDetails details, string parameterName)
    {
        if (details.UserTenants is { } tenants)
        {
            for (var i = 0; i < tenants.Count; i++)
            {
                if (tenants[i] is null || string.IsNullOrWhiteSpace(tenants[i].TenantId))
                {
                    throw new ArgumentException($"UserTenants[{i}] must name a tenant (TenantId).", parameterName);
                }
            }
        }

        if (details.CustomAttributes is { } attributes)
        {
            foreach (var attribute in attributes)
            {
                if (string.IsNullOrEmpty(attribute.Key))
                {
                    throw new ArgumentException("CustomAttributes keys must not be empty.", parameterName);
                }

                if (!CustomAttributeValues.IsSupported(attribute.Value))
                {
                    throw new ArgumentException(
                        $"CustomAttributes[\"{attribute.Key}\"] is a {attribute.Value!.GetType().Name}; values must be null, string, bool, a number, JsonElement or a list of those.",
                        parameterName);
                }
            }
        }
    }
}
