using System;

namespace Descope.UserManagement.Redis;

/// <summary>
/// The limits <see cref="DescopeRedisRateLimiters.ForDescopeBuckets"/> enforces per Descope budget: Descope's published
/// per-project limits unless set otherwise. A budget set to <see langword="null"/> gets no limiter (not paced).
/// </summary>
public sealed class DescopeRedisLimits
{
    /// <summary>User creates, batch creates and invitations: 100 requests per 60 s.</summary>
    public DescopeRedisLimit? Create { get; set; } = new(100, TimeSpan.FromSeconds(60));

    /// <summary>User updates, patches, batch patches and searches: 200 requests per 60 s.</summary>
    public DescopeRedisLimit? UpdateAndSearch { get; set; } = new(200, TimeSpan.FromSeconds(60));

    /// <summary>Every other call of a backend SDK: 1000 requests per 10 s.</summary>
    public DescopeRedisLimit? Other { get; set; } = new(1000, TimeSpan.FromSeconds(10));

    /// <summary>
    /// How much longer than its window each permit stays counted in Redis (0.5 s by default). Requests reach Descope a
    /// little after their permit was granted, and not all equally late (network delay, a busy machine, clocks of
    /// different machines); a permit that stays counted this much longer keeps every window Descope counts within the
    /// limit as long as those differences stay below the allowance. It costs the share
    /// <c>DelayAllowance / (Window + DelayAllowance)</c> of the budget: under 1 % of a 60 s window.
    /// </summary>
    public TimeSpan DelayAllowance { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Describes the limits.</summary>
    /// <returns>For example <c>Create = 100 per 60 s, UpdateAndSearch = 200 per 60 s, Other = 1000 per 10 s, DelayAllowance = 0.5 s</c>.</returns>
    public override string ToString() =>
        $"Create = {Describe(Create)}, UpdateAndSearch = {Describe(UpdateAndSearch)}, Other = {Describe(Other)}, DelayAllowance = {DelayAllowance.TotalSeconds:0.###} s";

    private static string Describe(DescopeRedisLimit? limit) =>
        limit is null ? "none" : $"{limit.PermitLimit} per {limit.Window.TotalSeconds:0.###} s";
}
