namespace Descope.UserManagement.Testing;

/// <summary>A user signed out by the emulated Descope (<see cref="DescopeUserStore.Logouts"/>).</summary>
/// <param name="UserId">The user's Descope user ID.</param>
/// <param name="SessionTypes">The session types ended, or <see langword="null"/> for every session of the user.</param>
/// <param name="At">When, on the store's clock.</param>
public sealed record RecordedLogout(string UserId, IReadOnlyList<string>? SessionTypes, DateTimeOffset At);
