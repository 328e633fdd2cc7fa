namespace Descope.UserManagement;

/// <summary>
/// The fields to change with <see cref="IDescopeUserClient.PatchAsync"/>. Every property left
/// <see langword="null"/> keeps its current value on the server and is not sent.
/// </summary>
public record UserPatch : UserDetails
{
    /// <summary>The new status (<c>status</c>): <see cref="UserStatus.Enabled"/>, <see cref="UserStatus.Disabled"/> or <see cref="UserStatus.Invited"/>.</summary>
    public UserStatus? Status { get; init; }
}
