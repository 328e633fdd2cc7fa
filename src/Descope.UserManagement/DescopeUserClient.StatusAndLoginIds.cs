using System;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

// Status and login IDs.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual Task<User> UpdateStatusAsync(string loginId, UserStatus status, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.SettableStatus(status, nameof(status));
        return _sender.SendForUserAsync(DescopeOperations.UpdateStatus, new UpdateStatusRequest { LoginId = loginId, Status = status }, cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> UpdateLoginIdAsync(string loginId, string? newLoginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        if (newLoginId is { Length: > 0 } && string.IsNullOrWhiteSpace(newLoginId))
        {
            throw new ArgumentException("The new login ID must not be white space; pass null or an empty string to remove the login ID.", nameof(newLoginId));
        }

        return _sender.SendForUserAsync(DescopeOperations.UpdateLoginId, new UpdateLoginIdRequest { LoginId = loginId, NewLoginId = newLoginId }, cancellationToken);
    }
}
