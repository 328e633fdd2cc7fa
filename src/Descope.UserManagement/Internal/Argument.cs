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

    /// <summary>A secret such as a password: <see langword="null"/> and <c>""</c> are refused; the message never shows it.</summary>
    public static void NotNullOrEmpty([NotNull] string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException("The value must not be empty.", parameterName);
        }
    }

    /// <summary>
    /// Copies a list of IDs or names once (the caller's sequence may be lazy) and checks each item; at least one is
    /// required unless <paramref name="allowEmpty"/>.
    /// </summary>
    public static IReadOnlyList<string> Names(IEnumerable<string>? values, string parameterName, string what, bool allowEmpty = false)
    {
        if (values is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var copy = new List<string>(values);
        if (copy.Count == 0 && !allowEmpty)
        {
            throw new ArgumentException($"At least one {what} is required.", parameterName);
        }

        for (var i = 0; i < copy.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(copy[i]))
            {
                throw new ArgumentException($"The {what} at index {i} is null, empty or white space.", parameterName);
            }
        }

        return copy;
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

    /// <summary>
    /// Checks invitation options and returns them with the template variables copied once; <see langword="null"/>
    /// stays <see langword="null"/>.
    /// </summary>
    public static InviteOptions? Invitation(InviteOptions? options, string parameterName)
    {
        if (options is null)
        {
            return null;
        }

        foreach (var (value, property) in new[] { (options.InviteUrl, "InviteUrl"), (options.TemplateId, "TemplateId"), (options.Locale, "Locale") })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"{property} must be null (not sent) or a non-blank string.", parameterName);
            }
        }

        if (options.TemplateOptions is not { } variables)
        {
            return options;
        }

        var copy = new Dictionary<string, string>(variables.Count, StringComparer.Ordinal);
        foreach (var variable in variables)
        {
            if (string.IsNullOrEmpty(variable.Key) || variable.Value is null)
            {
                throw new ArgumentException("TemplateOptions must have non-empty keys and non-null values.", parameterName);
            }

            copy[variable.Key] = variable.Value;
        }

        return options with { TemplateOptions = copy };
    }

    public static void SettableStatus(UserStatus status, string parameterName)
    {
        if (!UserStatusNames.IsSettable(status))
        {
            throw new ArgumentOutOfRangeException(
                parameterName, status, "The status must be UserStatus.Enabled, UserStatus.Disabled or UserStatus.Invited.");
        }
    }

    /// <summary>
    /// Checks the parts of an update, patch or create the server could not make sense of, and returns the details to
    /// send: the same record, with custom attribute sequences copied once so what is checked is what is sent.
    /// </summary>
    public static T Details<T>(T details, string parameterName)
        where T : UserDetails
    {
        Items(details.RoleNames, "RoleNames", parameterName);
        Items(details.AdditionalIdentifiers, "AdditionalIdentifiers", parameterName);
        Items(details.SsoAppIds, "SsoAppIds", parameterName);
        if (details.UserTenants is { } tenants)
        {
            for (var i = 0; i < tenants.Count; i++)
            {
                if (tenants[i] is null || string.IsNullOrWhiteSpace(tenants[i].TenantId))
                {
                    throw new ArgumentException($"UserTenants[{i}] must name a tenant (TenantId).", parameterName);
                }

                if (tenants[i].RoleNames is null)
                {
                    throw new ArgumentException($"UserTenants[{i}].RoleNames must be a list (empty for no roles), not null.", parameterName);
                }

                Items(tenants[i].RoleNames, $"UserTenants[{i}].RoleNames", parameterName);
            }
        }

        if (details.CustomAttributes is not { } attributes)
        {
            return details;
        }

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
                    $"CustomAttributes[\"{attribute.Key}\"] cannot be sent: values must be null, a string, a bool, a finite number, a JsonElement or a list of those.",
                    parameterName);
            }

            snapshot[attribute.Key] = normalized;
        }

        return (T)(details with { CustomAttributes = snapshot });
    }

    /// <summary>Fails when any item of <paramref name="items"/> is null, empty or white space.</summary>
    public static void Items(IReadOnlyList<string>? items, string property, string parameterName)
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]))
            {
                throw new ArgumentException($"{property}[{i}] is null, empty or white space.", parameterName);
            }
        }
    }
}
