using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

/// <summary>Conveniences over <see cref="IDescopeUserClient"/>; mocking the interface covers them too.</summary>
public static class DescopeUserClientExtensions
{
    /// <summary>Enables the user so they can log in: <see cref="IDescopeUserClient.UpdateStatusAsync"/> with <see cref="UserStatus.Enabled"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public static Task<User> ActivateAsync(this IDescopeUserClient client, string loginId, CancellationToken cancellationToken = default)
    {
        Internal.Argument.NotNull(client, nameof(client));
        return client.UpdateStatusAsync(loginId, UserStatus.Enabled, cancellationToken);
    }

    /// <summary>Disables the user so they cannot log in: <see cref="IDescopeUserClient.UpdateStatusAsync"/> with <see cref="UserStatus.Disabled"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated user.</returns>
    public static Task<User> DeactivateAsync(this IDescopeUserClient client, string loginId, CancellationToken cancellationToken = default)
    {
        Internal.Argument.NotNull(client, nameof(client));
        return client.UpdateStatusAsync(loginId, UserStatus.Disabled, cancellationToken);
    }
}
