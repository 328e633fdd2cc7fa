using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// The SSO applications a user may use. Descope reads an empty list on a user as access to every SSO app.
public partial interface IDescopeUserClient
{
    /// <summary>Lets the user use more SSO applications (<c>POST /v1/mgmt/user/update/ssoapp/add</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="ssoAppIds">The SSO application IDs to add; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> AddSsoAppsAsync(string loginId, IEnumerable<string> ssoAppIds, CancellationToken cancellationToken = default);

    /// <summary>Replaces the SSO applications the user may use (<c>POST /v1/mgmt/user/update/ssoapp/set</c>).</summary>
    /// <remarks>
    /// Descope reads a user's empty list as access to <em>every</em> SSO application, so setting an empty list widens
    /// access rather than revoking it.
    /// </remarks>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="ssoAppIds">The SSO application IDs the user keeps.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> SetSsoAppsAsync(string loginId, IEnumerable<string> ssoAppIds, CancellationToken cancellationToken = default);

    /// <summary>Takes SSO applications away from the user (<c>POST /v1/mgmt/user/update/ssoapp/remove</c>).</summary>
    /// <remarks>
    /// Removing the user's last application leaves an empty list, which Descope reads as access to <em>every</em> SSO
    /// application.
    /// </remarks>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="ssoAppIds">The SSO application IDs to remove; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    Task<User> RemoveSsoAppsAsync(string loginId, IEnumerable<string> ssoAppIds, CancellationToken cancellationToken = default);
}
