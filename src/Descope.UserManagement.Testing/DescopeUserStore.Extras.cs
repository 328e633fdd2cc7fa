namespace Descope.UserManagement.Testing;

// What the store keeps beside the users themselves goes with them: a deleted user's authenticators, devices, provider
// tokens and history with the user; everything, issued codes and links and attribute definitions too, on Clear (issued
// codes and links outlive a deleted user, so a test can still read what was handed out).
public sealed partial class DescopeUserStore
{
    /// <summary>Forgets what belongs to <paramref name="userId"/>, or everything when it is <see langword="null"/>. Called under the lock.</summary>
    private void ForgetExtras(string? userId)
    {
        if (userId is null)
        {
            _authenticators.Clear();
            _history.Clear();
            _issued.Clear();
            _definitions.Clear();
            return;
        }

        _authenticators.Remove(userId);
        _history.RemoveAll(entry => entry.UserId == userId);
    }

    /// <summary>The user's authenticators, made on first use. Called under the lock.</summary>
    private Emulation.UserAuthenticators AuthenticatorsOf(User user)
    {
        if (!_authenticators.TryGetValue(user.UserId!, out var authenticators))
        {
            _authenticators[user.UserId!] = authenticators = new Emulation.UserAuthenticators();
        }

        return authenticators;
    }

    /// <summary>The user named by <paramref name="loginIdOrUserId"/> for a seeding call, or an <see cref="ArgumentException"/>.</summary>
    private User SeededUser(string loginIdOrUserId, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(loginIdOrUserId, parameterName);
        return _index.TryGet(loginIdOrUserId, out var user)
            ? user
            : throw new ArgumentException($"No user in this store has login ID or user ID '{loginIdOrUserId}'.", parameterName);
    }
}
