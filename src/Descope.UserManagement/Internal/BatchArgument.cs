using System;
using System.Collections.Generic;

namespace Descope.UserManagement.Internal;

/// <summary>The argument checks of batch patch, made for every item before the first request.</summary>
internal static class BatchArgument
{
    public static List<BatchUserPatch> Patches(IEnumerable<BatchUserPatch>? users, string parameterName)
    {
        Argument.NotNull(users, parameterName);
        var patches = new List<BatchUserPatch>(users);
        if (patches.Count == 0)
        {
            throw new ArgumentException("The batch must contain at least one user.", parameterName);
        }

        // Results are matched back to inputs by login ID, so two patches of one user would be ambiguous.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < patches.Count; i++)
        {
            var patch = patches[i];
            if (patch is null)
            {
                throw new ArgumentException($"The batch item at index {i} is null.", parameterName);
            }

            if (string.IsNullOrWhiteSpace(patch.LoginId))
            {
                throw new ArgumentException($"The batch item at index {i} has no login ID.", parameterName);
            }

            if (!seen.Add(patch.LoginId))
            {
                throw new ArgumentException($"The login ID of the batch item at index {i} appears earlier in the batch.", parameterName);
            }

            patch = patches[i] = Argument.Details(patch, parameterName);
            if (patch.Status is { } status)
            {
                Argument.SettableStatus(status, parameterName);
            }
        }

        return patches;
    }
}
