using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Status and login IDs.
public partial interface IDescopeUserClient
{
    /// <summary>Sets the user's status (<c>POST /v1/mgmt/user/update/status</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="status"><see cref="UserStatus.Enabled"/>, <see cref="UserStatus.Disabled"/> or <see cref="UserStatus.Invited"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateStatusAsync(string loginId, UserStatus status, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces login ID <paramref name="loginId"/> with <paramref name="newLoginId"/>, or removes it when
    /// <paramref name="newLoginId"/> is <see langword="null"/> or empty (<c>POST /v1/mgmt/user/update/loginid</c>).
    /// A user's last login ID cannot be removed.
    /// </summary>
    /// <param name="loginId">The login ID to change.</param>
    /// <param name="newLoginId">The new login ID; <see langword="null"/> or empty removes <paramref name="loginId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> UpdateLoginIdAsync(string loginId, string? newLoginId, CancellationToken cancellationToken = default);
}
