using System;

namespace Descope.UserManagement.Redis;

/// <summary>One Descope budget as the Redis limiter enforces it: at most <see cref="PermitLimit"/> requests in any
/// <see cref="Window"/>.</summary>
/// <param name="PermitLimit">Requests allowed per window (at least 1).</param>
/// <param name="Window">The window's length (more than zero).</param>
public sealed record DescopeRedisLimit(int PermitLimit, TimeSpan Window);
