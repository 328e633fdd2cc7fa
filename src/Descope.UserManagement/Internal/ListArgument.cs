using System;
using System.Collections.Generic;

namespace Descope.UserManagement.Internal;

/// <summary>Checks the ID and name lists the authenticator and attribute-definition operations take.</summary>
internal static class ListArgument
{
    /// <summary>Copies <paramref name="items"/> once (the caller's sequence may be lazy): at least one, none blank.</summary>
    /// <param name="items">The caller's list.</param>
    /// <param name="what">What one item is, for the message ("device ID").</param>
    /// <param name="parameterName">The parameter to name.</param>
    public static IReadOnlyList<string> NonBlank(IEnumerable<string>? items, string what, string parameterName)
    {
        Argument.NotNull(items, parameterName);
        var copy = new List<string>(items);
        if (copy.Count == 0)
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
}
