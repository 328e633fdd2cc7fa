using System;

namespace Descope.UserManagement.Operations;

/// <summary>Which of Descope's per-project rate-limit budgets an operation draws on (docs/wire-contract.md §5.1).</summary>
internal enum RateLimitBucket
{
    /// <summary>User create and batch create (100 requests per 60 s): every <c>/v1/mgmt/user/create…</c> path, invitations included.</summary>
    Create,

    /// <summary>User update and search (200 requests per 60 s): every <c>/mgmt/user/update…</c> path, patch, batch patch and search.</summary>
    UpdateAndSearch,

    /// <summary>Everything else a backend SDK sends (1000 requests per 10 s).</summary>
    Other,
}

/// <summary>The rule that assigns a path to its <see cref="RateLimitBucket"/>; a row may name its bucket instead.</summary>
internal static class RateLimitBuckets
{
    /// <summary>The bucket Descope charges a request to <paramref name="path"/> to.</summary>
    public static RateLimitBucket Of(string path)
    {
        if (path.StartsWith("/v1/mgmt/user/create", StringComparison.Ordinal))
        {
            return RateLimitBucket.Create;
        }

        return IsUpdate(path)
            || path.StartsWith("/v1/mgmt/user/patch", StringComparison.Ordinal)
            || path.StartsWith("/v1/mgmt/user/search", StringComparison.Ordinal)
            || path.StartsWith("/v2/mgmt/user/search", StringComparison.Ordinal)
            ? RateLimitBucket.UpdateAndSearch
            : RateLimitBucket.Other;
    }

    // Any /mgmt/user/update… path, v1 or v2.
    private static bool IsUpdate(string path) =>
#if NETSTANDARD2_0
        path.IndexOf("/mgmt/user/update", StringComparison.Ordinal) >= 0;
#else
        path.Contains("/mgmt/user/update", StringComparison.Ordinal);
#endif
}
