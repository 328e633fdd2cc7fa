using System;
using System.Threading.RateLimiting;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

/// <summary>
/// One client-side limiter per Descope rate-limit budget, for <see cref="DescopeUserClientOptions.RateLimits"/>: each
/// call waits on the limiter of the budget Descope charges it to. <see cref="DescopeRateLimiters.ForDescopeBuckets()"/>
/// makes one with Descope's published limits; a distributed limiter per budget lets many machines share one.
/// </summary>
/// <remarks>
/// The budgets (docs/wire-contract.md §5.1): <see cref="Create"/> for user creates, batch creates and invitations;
/// <see cref="UpdateAndSearch"/> for every user update, patch, batch patch and search; <see cref="Other"/> for the
/// rest. A budget without a limiter is not paced. Share one instance between clients of the same project, and dispose
/// it (which disposes its limiters) when they are done.
/// </remarks>
public sealed class DescopeBucketLimiters : IDisposable
{
    /// <summary>The limiter for user creates, batch creates and invitations (Descope: 100 requests per 60 s).</summary>
    public RateLimiter? Create { get; set; }

    /// <summary>The limiter for user updates, patches, batch patches and searches (Descope: 200 requests per 60 s).</summary>
    public RateLimiter? UpdateAndSearch { get; set; }

    /// <summary>The limiter for every other call (Descope: 1000 requests per 10 s for a backend SDK).</summary>
    public RateLimiter? Other { get; set; }

    /// <summary>Disposes the three limiters.</summary>
    public void Dispose()
    {
        Create?.Dispose();
        UpdateAndSearch?.Dispose();
        Other?.Dispose();
    }

    /// <summary>Describes which budgets have a limiter.</summary>
    /// <returns>For example <c>Create = set, UpdateAndSearch = set, Other = none</c>.</returns>
    public override string ToString() =>
        $"Create = {State(Create)}, UpdateAndSearch = {State(UpdateAndSearch)}, Other = {State(Other)}";

    /// <summary>The limiter of <paramref name="bucket"/>, if it has one.</summary>
    internal RateLimiter? For(RateLimitBucket bucket) => bucket switch
    {
        RateLimitBucket.Create => Create,
        RateLimitBucket.UpdateAndSearch => UpdateAndSearch,
        _ => Other,
    };

    private static string State(RateLimiter? limiter) => limiter is null ? "none" : "set";
}
