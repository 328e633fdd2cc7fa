using System;
using System.Collections.Generic;

namespace Descope.UserManagement.Internal;

/// <summary>The argument checks of batch patch, made for every item before the first request.</summary>
internal static class BatchArgument
{
    /// <summary>The caller's patches, copied once (the sequence may be lazy) and checked; problems name the item's index.</summary>
    public static BatchUserPatch[] Patches(IEnumerable<BatchUserPatch>? users, string parameterName)
    {
        Argument.NotNull(users, parameterName);
        var patches = Copy(users);
        if (patches.Length == 0)
        {
            throw new ArgumentException("The batch must contain at least one user.", parameterName);
        }

        // Results are matched back to inputs by login ID, so two patches of one user would be ambiguous. Each item
        // is then checked whole, in order, so the problem reported is the one at the lowest index.
        var repeat = FirstRepeat(patches);
        for (var i = 0; i < patches.Length; i++)
        {
            if (patches[i] is null)
            {
                throw new ArgumentException($"The batch item at index {i} is null.", parameterName);
            }

            if (string.IsNullOrWhiteSpace(patches[i].LoginId))
            {
                throw new ArgumentException($"The batch item at index {i} has no login ID.", parameterName);
            }

            if (i == repeat)
            {
                throw new ArgumentException($"The login ID of the batch item at index {i} appears earlier in the batch.", parameterName);
            }

            var patch = patches[i] = Argument.Details(patches[i], parameterName);
            if (patch.Status is { } status)
            {
                Argument.SettableStatus(status, parameterName);
            }
        }

        return patches;
    }

    private static BatchUserPatch[] Copy(IEnumerable<BatchUserPatch> users)
    {
        if (users is ICollection<BatchUserPatch> collection)
        {
            var copy = new BatchUserPatch[collection.Count];
            collection.CopyTo(copy, 0);
            return copy;
        }

        return new List<BatchUserPatch>(users).ToArray();
    }

    // The index of the first item whose login ID (case aside) an earlier item already has; items without a login
    // ID are left to the in-order checks. Sorting the indices by login ID puts equal IDs side by side, in input
    // order, without a set of every ID.
    private static int? FirstRepeat(BatchUserPatch[] patches)
    {
        var order = new List<int>(patches.Length);
        for (var i = 0; i < patches.Length; i++)
        {
            if (patches[i] is { LoginId: not null })
            {
                order.Add(i);
            }
        }

        order.Sort((a, b) =>
        {
            var byLoginId = StringComparer.OrdinalIgnoreCase.Compare(patches[a].LoginId, patches[b].LoginId);
            return byLoginId != 0 ? byLoginId : a.CompareTo(b);
        });

        int? first = null;
        for (var i = 1; i < order.Count; i++)
        {
            if (StringComparer.OrdinalIgnoreCase.Equals(patches[order[i - 1]].LoginId, patches[order[i]].LoginId) && (first is null || order[i] < first))
            {
                first = order[i];
            }
        }

        return first;
    }
}
