namespace Descope.UserManagement;

/// <summary>A <see cref="UserPatch"/> for one user of <see cref="IDescopeUserClient.PatchBatchAsync"/>, naming that user.</summary>
public sealed record BatchUserPatch : UserPatch
{
    /// <summary>Creates a patch for the user with login ID (or user ID) <paramref name="loginId"/>.</summary>
    /// <param name="loginId">The user's login ID or Descope user ID.</param>
    public BatchUserPatch(string loginId) => LoginId = loginId;

    /// <summary>The user's login ID or Descope user ID (<c>loginId</c>).</summary>
    public string LoginId { get; init; }
}
