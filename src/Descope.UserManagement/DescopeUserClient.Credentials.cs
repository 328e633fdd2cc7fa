using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

// Passwords. The password travels only in the request body: never in a message, a log line or a span.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual Task SetTemporaryPasswordAsync(string loginId, string password, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrEmpty(password, nameof(password));
        return _sender.SendAsync(DescopeOperations.SetTemporaryPassword, new SetPasswordRequest { LoginId = loginId, Password = password }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task SetActivePasswordAsync(string loginId, string password, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrEmpty(password, nameof(password));
        return _sender.SendAsync(DescopeOperations.SetActivePassword, new SetPasswordRequest { LoginId = loginId, Password = password }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task ExpirePasswordAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return _sender.SendAsync(DescopeOperations.ExpirePassword, new LoginIdRequest { LoginId = loginId }, cancellationToken).AsTask();
    }
}
