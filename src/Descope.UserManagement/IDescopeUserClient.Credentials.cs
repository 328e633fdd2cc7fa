using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Passwords.
public partial interface IDescopeUserClient
{
    /// <summary>
    /// Sets a temporary password (<c>POST /v1/mgmt/user/password/set/temporary</c>): the user cannot sign in with it
    /// as it is and must replace it at the next sign-in.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="password">The password, in clear; the project's password policy applies. Sent only in the request
    /// body: the SDK never shows it in an exception, a log line or a trace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is set.</returns>
    Task SetTemporaryPasswordAsync(string loginId, string password, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets a password the user can sign in with as it is (<c>POST /v1/mgmt/user/password/set/active</c>).
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="password">The password, in clear; the project's password policy applies. Sent only in the request
    /// body: the SDK never shows it in an exception, a log line or a trace.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is set.</returns>
    Task SetActivePasswordAsync(string loginId, string password, CancellationToken cancellationToken = default);

    /// <summary>
    /// Expires the user's password (<c>POST /v1/mgmt/user/password/expire</c>): the user must reset or replace it at
    /// the next sign-in.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is expired.</returns>
    Task ExpirePasswordAsync(string loginId, CancellationToken cancellationToken = default);
}
