using System;
using System.Collections.Generic;

namespace Descope.UserManagement.Internal;

/// <summary>The argument checks of batch patch and batch create, made for every item before the first request.</summary>
internal static class BatchArgument
{
    /// <summary>The caller's patches, copied once (the sequence may be lazy) and checked; problems name the item's index.</summary>
    public static BatchUserPatch[] Patches(IEnumerable<BatchUserPatch>? users, string parameterName)
    {
        Argument.NotNull(users, parameterName);
        var patches = Copy<BatchUserPatch>(users);
        if (patches.Length == 0)
        {
            throw new ArgumentException("The batch must contain at least one user.", parameterName);
        }

        // Results are matched back to inputs by login ID, so two patches of one user would be ambiguous. Each item
        // is then checked whole, in order, so the problem reported is the one at the lowest index.
        var repeat = FirstRepeat(patches, patch => patch?.LoginId);
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

    /// <summary>
    /// The caller's new users, copied once and checked like <see cref="Patches"/>, plus what only a create carries: a
    /// status Descope accepts at creation, a password or a hash (not both; neither empty), a seed that is not empty and
    /// a creation time not before 1970. Problems name the item's index and the property, never a secret's value.
    /// </summary>
    public static BatchUserCreate[] Creates(IEnumerable<BatchUserCreate>? users, string parameterName)
    {
        Argument.NotNull(users, parameterName);
        var creates = Copy<BatchUserCreate>(users);
        if (creates.Length == 0)
        {
            throw new ArgumentException("The batch must contain at least one user.", parameterName);
        }

        var repeat = FirstRepeat(creates, create => create?.LoginId);
        for (var i = 0; i < creates.Length; i++)
        {
            var create = creates[i];
            if (create is null)
            {
                throw new ArgumentException($"The batch item at index {i} is null.", parameterName);
            }

            if (string.IsNullOrWhiteSpace(create.LoginId))
            {
                throw new ArgumentException($"The batch item at index {i} has no login ID.", parameterName);
            }

            if (i == repeat)
            {
                throw new ArgumentException($"The login ID of the batch item at index {i} appears earlier in the batch.", parameterName);
            }

            creates[i] = Argument.Details(create, parameterName);
            if (Problem(create) is { } problem)
            {
                throw new ArgumentException($"The batch item at index {i}: {problem}", parameterName);
            }
        }

        return creates;
    }

    private static string? Problem(BatchUserCreate create)
    {
        if (create.Status is { } status && status is not (UserStatus.Enabled or UserStatus.Disabled or UserStatus.Invited or UserStatus.Expired))
        {
            return "Status must be Enabled, Disabled, Invited or Expired.";
        }

        if (create.Password is not null && create.HashedPassword is not null)
        {
            return "set Password or HashedPassword, not both.";
        }

        if (create.Password is { Length: 0 })
        {
            return "Password must not be empty; leave it null for no password.";
        }

        if (create.HashedPassword?.Problem() is { } hashProblem)
        {
            return $"HashedPassword ({create.HashedPassword.Algorithm}): {hashProblem}";
        }

        if (create.Seed is { Length: 0 })
        {
            return "Seed must not be empty; leave it null for no seed.";
        }

        return create.CreatedTime is { } created && created.ToUnixTimeSeconds() < 0 ? "CreatedTime must not be before 1970." : null;
    }

    private static T[] Copy<T>(IEnumerable<T> users)
    {
        if (users is ICollection<T> collection)
        {
            var copy = new T[collection.Count];
            collection.CopyTo(copy, 0);
            return copy;
        }

        return new List<T>(users).ToArray();
    }

    // The index of the first item whose login ID (case aside) an earlier item already has; items without a login
    // ID are left to the in-order checks. Sorting the indices by login ID puts equal IDs side by side, in input
    // order, without a set of every ID.
    private static int? FirstRepeat<T>(T[] items, Func<T, string?> loginIdOf)
    {
        var order = new List<int>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            if (loginIdOf(items[i]) is not null)
            {
                order.Add(i);
            }
        }

        order.Sort((a, b) =>
        {
            var byLoginId = StringComparer.OrdinalIgnoreCase.Compare(loginIdOf(items[a]), loginIdOf(items[b]));
            return byLoginId != 0 ? byLoginId : a.CompareTo(b);
        });

        int? first = null;
        for (var i = 1; i < order.Count; i++)
        {
            if (StringComparer.OrdinalIgnoreCase.Equals(loginIdOf(items[order[i - 1]]), loginIdOf(items[order[i]])) && (first is null || order[i] < first))
            {
                first = order[i];
            }
        }

        return first;
    }
}
