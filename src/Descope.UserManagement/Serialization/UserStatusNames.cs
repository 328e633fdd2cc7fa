using System;

namespace Descope.UserManagement.Serialization;

/// <summary>The wire names of <see cref="UserStatus"/> values, in one place.</summary>
internal static class UserStatusNames
{
    public static UserStatus Parse(string? value)
    {
        if (string.Equals(value, "enabled", StringComparison.OrdinalIgnoreCase))
        {
            return UserStatus.Enabled;
        }

        if (string.Equals(value, "disabled", StringComparison.OrdinalIgnoreCase))
        {
            return UserStatus.Disabled;
        }

        if (string.Equals(value, "invited", StringComparison.OrdinalIgnoreCase))
        {
            return UserStatus.Invited;
        }

        if (string.Equals(value, "expired", StringComparison.OrdinalIgnoreCase))
        {
            return UserStatus.Expired;
        }

        return UserStatus.Unknown;
    }

    public static string ToWireValue(UserStatus value) => value switch
    {
        UserStatus.Enabled => "enabled",
        UserStatus.Disabled => "disabled",
        UserStatus.Invited => "invited",
        UserStatus.Expired => "expired",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "This status has no wire value."),
    };

    /// <summary>The statuses a caller may set: the server accepts only these three.</summary>
    public static bool IsSettable(UserStatus value) =>
        value is UserStatus.Enabled or UserStatus.Disabled or UserStatus.Invited;
}
