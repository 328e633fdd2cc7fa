using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing;

// What the store keeps besides users, for tests to read: invitations sent, logouts, password states, recovery contacts.
public sealed partial class DescopeUserStore
{
    private readonly AccountRecords _accounts = new();

    /// <summary>
    /// Every invitation sent, in order: by an invite or a create with <c>invite: true</c>, one per user of a batch
    /// invite, and by re-invites. An invitation with both <c>sendMail</c> and <c>sendSMS</c> false sends nothing and is
    /// not listed.
    /// </summary>
    public IReadOnlyList<RecordedInvitation> Invitations => Atomically(() => _accounts.Invitations);

    /// <summary>Every logout, in order.</summary>
    public IReadOnlyList<RecordedLogout> Logouts => Atomically(() => _accounts.Logouts);

    /// <summary>
    /// The state of the user's password, or <see langword="null"/> when the user has none (or does not exist). The store
    /// keeps a salted hash, never the password.
    /// </summary>
    /// <param name="loginIdOrUserId">A login ID (any case) or a user ID.</param>
    /// <returns>The state.</returns>
    public UserPasswordState? PasswordState(string loginIdOrUserId) =>
        Atomically(() => Find(loginIdOrUserId) is { } user ? _accounts.PasswordState(user.UserId!) : null);

    /// <summary>
    /// Whether <paramref name="password"/> is the user's password. Only a password set in clear (set temporary or active
    /// password, or a batch create with a password) can match; a password imported as a hash never does.
    /// </summary>
    /// <param name="loginIdOrUserId">A login ID (any case) or a user ID.</param>
    /// <param name="password">The password to check.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool VerifyPassword(string loginIdOrUserId, string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return Atomically(() => Find(loginIdOrUserId) is { } user && _accounts.VerifyPassword(user.UserId!, password));
    }

    /// <summary>The user's recovery email and phone, or <see langword="null"/> when none was ever set (or the user does not exist).</summary>
    /// <param name="loginIdOrUserId">A login ID (any case) or a user ID.</param>
    /// <returns>The recovery contacts.</returns>
    public RecoveryContacts? Recovery(string loginIdOrUserId) =>
        Atomically(() => Find(loginIdOrUserId) is { } user ? _accounts.Recovery(user.UserId!) : null);

    /// <summary>The records beside the users, for the semantics to change under the store's lock.</summary>
    internal AccountRecords Accounts => _accounts;
}
