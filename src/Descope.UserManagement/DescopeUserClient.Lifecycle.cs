using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

// Lifecycle: load, create, invite, delete and sign out.
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
    public virtual Task<User> InviteAsync(string loginId, UserCreate user, InviteOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNull(user, nameof(user));
        user = Argument.Details(user, nameof(user));
        if (user.Invite == false)
        {
            throw new ArgumentException("An invite always invites: leave UserCreate.Invite unset, or call CreateAsync.", nameof(user));
        }

        // The options win; what they leave unset comes from the invitation fields of the user's own record.
        options = Argument.Invitation(options, nameof(options)) ?? new InviteOptions();
        var invitation = options with
        {
            InviteUrl = options.InviteUrl ?? user.InviteUrl,
            SendMail = options.SendMail ?? user.SendMail,
            SendSms = options.SendSms ?? user.SendSms,
        };
        Argument.Invitation(invitation, nameof(user));
        return _sender.SendForUserAsync(DescopeOperations.Invite, new UserDetailsRequest(loginId, user, status: null, invitation: invitation), cancellationToken);
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

    /// <inheritdoc />
    public virtual Task DeleteByUserIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(userId, nameof(userId));
        return _sender.SendAsync(DescopeOperations.DeleteByUserId, new UserIdRequest { UserId = userId }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task DeleteBatchAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = Argument.Names(userIds, nameof(userIds), "user ID");
        return _sender.SendAsync(DescopeOperations.DeleteBatch, new UserIdsRequest { UserIds = ids }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task DeleteAllTestUsersAsync(CancellationToken cancellationToken = default) =>
        _sender.SendQueryAsync(DescopeOperations.DeleteAllTestUsers, "", cancellationToken).AsTask();

    /// <inheritdoc />
    public virtual Task LogoutAsync(string loginId, IEnumerable<string>? sessionTypes = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new LogoutRequest { LoginId = loginId, SessionTypes = SessionTypes(sessionTypes) };
        return _sender.SendAsync(DescopeOperations.Logout, body, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task LogoutByUserIdAsync(string userId, IEnumerable<string>? sessionTypes = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(userId, nameof(userId));
        var body = new LogoutRequest { UserId = userId, SessionTypes = SessionTypes(sessionTypes) };
        return _sender.SendAsync(DescopeOperations.LogoutByUserId, body, cancellationToken).AsTask();
    }

    // Null signs the user out of every session; a list names the session types to end, and must name one.
    private static IReadOnlyList<string>? SessionTypes(IEnumerable<string>? sessionTypes) =>
        sessionTypes is null ? null : Argument.Names(sessionTypes, nameof(sessionTypes), "session type");
}
