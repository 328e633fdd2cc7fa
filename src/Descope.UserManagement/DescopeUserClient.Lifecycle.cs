using System;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

// Lifecycle: load, create and delete.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual async Task<User> LoadAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var answer = await _sender.SendQueryAsync(DescopeOperations.Load, "loginId=" + Uri.EscapeDataString(loginId), cancellationToken).ConfigureAwait(false);
        return answer.User!;
    }

    /// <inheritdoc />
    public virtual async Task<User> LoadByUserIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(userId, nameof(userId));
        var answer = await _sender.SendQueryAsync(DescopeOperations.LoadByUserId, "userId=" + Uri.EscapeDataString(userId), cancellationToken).ConfigureAwait(false);
        return answer.User!;
    }

    /// <inheritdoc />
    public virtual Task<User> CreateAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(user, nameof(user));
        user = Argument.Details(user, nameof(user));
        return _sender.SendForUserAsync(DescopeOperations.Create, new UserDetailsRequest(loginId, user, status: null), cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task<User> CreateTestUserAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(user, nameof(user));
        user = Argument.Details(user, nameof(user));
        return _sender.SendForUserAsync(DescopeOperations.CreateTestUser, new UserDetailsRequest(loginId, user, status: null, test: true), cancellationToken);
    }

    /// <inheritdoc />
    public virtual Task DeleteAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return _sender.SendAsync(DescopeOperations.DeleteUser, new LoginIdRequest { LoginId = loginId }, cancellationToken).AsTask();
    }
}
