using System.Security.Cryptography;

namespace Descope.UserManagement.Testing.Emulation;

/// <summary>
/// What the emulated Descope keeps about users besides the user object: passwords (as a salted hash and a state, never
/// the cleartext), recovery contacts, and the history of invitations and logouts. Not thread-safe by itself: the store
/// calls it under its lock.
/// </summary>
internal sealed class AccountRecords
{
    private const int Iterations = 1_000;

    private readonly Dictionary<string, PasswordRecord> _passwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecoveryContacts> _recovery = new(StringComparer.Ordinal);
    private readonly List<RecordedLogout> _logouts = [];
    private readonly List<RecordedInvitation> _invitations = [];

    public IReadOnlyList<RecordedLogout> Logouts => _logouts.ToArray();

    public IReadOnlyList<RecordedInvitation> Invitations => _invitations.ToArray();

    public void LoggedOut(RecordedLogout logout) => _logouts.Add(logout);

    public void Invited(RecordedInvitation invitation) => _invitations.Add(invitation);

    public void SetPassword(string userId, string password, UserPasswordState state)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        _passwords[userId] = new PasswordRecord(salt, Hash(password, salt), ImportedAlgorithm: null, state);
    }

    /// <summary>A password imported as a hash: its state is known, the password itself never was.</summary>
    public void ImportPassword(string userId, string algorithm) =>
        _passwords[userId] = new PasswordRecord(Salt: [], Hash: [], algorithm, UserPasswordState.Active);

    public void ExpirePassword(string userId)
    {
        if (_passwords.TryGetValue(userId, out var record))
        {
            _passwords[userId] = record with { State = UserPasswordState.Expired };
        }
    }

    public UserPasswordState? PasswordState(string userId) => _passwords.TryGetValue(userId, out var record) ? record.State : null;

    public bool VerifyPassword(string userId, string password) =>
        _passwords.TryGetValue(userId, out var record) && record.ImportedAlgorithm is null
        && CryptographicOperations.FixedTimeEquals(record.Hash, Hash(password, record.Salt));

    public RecoveryContacts? Recovery(string userId) => _recovery.TryGetValue(userId, out var contacts) ? contacts : null;

    public void SetRecovery(string userId, Func<RecoveryContacts, RecoveryContacts> change) =>
        _recovery[userId] = change(Recovery(userId) ?? new RecoveryContacts(null, false, null, false));

    /// <summary>Drops what belongs to a deleted user; the history of invitations and logouts stays.</summary>
    public void Forget(string userId)
    {
        _passwords.Remove(userId);
        _recovery.Remove(userId);
    }

    public void Clear()
    {
        _passwords.Clear();
        _recovery.Clear();
        _logouts.Clear();
        _invitations.Clear();
    }

    private static byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);

    private sealed record PasswordRecord(byte[] Salt, byte[] Hash, string? ImportedAlgorithm, UserPasswordState State);
}
