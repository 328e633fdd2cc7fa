using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

// The SSO applications a user may use.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual Task<User> AddSsoAppsAsync(string loginId, IEnumerable<string> ssoAppIds, CancellationToken cancellationToken = default) =>
        SendSsoAppsAsync(DescopeOperations.AddSsoApps, loginId, ssoAppIds, allowEmpty: false, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> SetSsoAppsAsync(string loginId, IEnumerable<string> ssoAppIds, CancellationToken cancellationToken = default) =>
        SendSsoAppsAsync(DescopeOperations.SetSsoApps, loginId, ssoAppIds, allowEmpty: true, cancellationToken);

    /// <inheritdoc />
    public virtual Task<User> RemoveSsoAppsAsync(string loginId, IEnumerable<string> ssoAppIds, CancellationToken cancellationToken = default) =>
        SendSsoAppsAsync(DescopeOperations.RemoveSsoApps, loginId, ssoAppIds, allowEmpty: false, cancellationToken);

    private Task<User> SendSsoAppsAsync(
        DescopeOperation<SsoAppsRequest, Serialization.UserResponse> row, string loginId, IEnumerable<string> ssoAppIds, bool allowEmpty, CancellationToken cancellationToken)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var ids = Argument.Names(ssoAppIds, nameof(ssoAppIds), "SSO app ID", allowEmpty);
        return _sender.SendForUserAsync(row, new SsoAppsRequest { LoginId = loginId, SsoAppIds = ids }, cancellationToken);
    }
}
