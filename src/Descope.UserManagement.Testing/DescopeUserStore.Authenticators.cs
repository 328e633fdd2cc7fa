using Descope.UserManagement.Testing.Emulation;

namespace Descope.UserManagement.Testing;

// Passkeys, TOTP, recovery codes and trusted devices: seeded by tests, listed and removed through the API.
public sealed partial class DescopeUserStore
{
    private readonly Dictionary<string, UserAuthenticators> _authenticators = new(StringComparer.Ordinal);

    /// <summary>
    /// Registers a passkey to a user, for a test's starting state, and marks the user's <see cref="User.WebAuthn"/>.
    /// A missing <see cref="Passkey.Id"/>, <see cref="Passkey.RpId"/> (<c>localhost</c>) or <see cref="Passkey.CreatedTime"/> is filled in.
    /// </summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <param name="passkey">The passkey; a new one when <see langword="null"/>.</param>
    /// <returns>The passkey as stored.</returns>
    public Passkey SeedPasskey(string loginIdOrUserId, Passkey? passkey = null) =>
        Atomically(() =>
        {
            var user = SeededUser(loginIdOrUserId, nameof(loginIdOrUserId));
            var stored = (passkey ?? new Passkey()) with
            {
                Id = passkey?.Id ?? "cred-" + TestSecrets.Token()[..16],
                RpId = passkey?.RpId ?? "localhost",
                CreatedTime = passkey?.CreatedTime ?? Now(),
            };
            AuthenticatorsOf(user).Passkeys.Add(stored);
            Replace(user, user with { WebAuthn = true });
            return stored;
        });

    /// <summary>A user's passkeys, oldest first.</summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <returns>The passkeys; empty when the user has none or does not exist.</returns>
    public IReadOnlyList<Passkey> Passkeys(string loginIdOrUserId) =>
        Atomically(() => _index.TryGet(loginIdOrUserId, out var user) && _authenticators.TryGetValue(user.UserId!, out var a) ? a.Passkeys.ToArray() : []);

    /// <summary>Gives a user a TOTP authenticator (<see cref="User.Totp"/>), for a test's starting state.</summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <returns>The user as stored.</returns>
    public User SeedTotp(string loginIdOrUserId) =>
        Atomically(() =>
        {
            var user = SeededUser(loginIdOrUserId, nameof(loginIdOrUserId));
            return Replace(user, user with { Totp = true });
        });

    /// <summary>Gives a user recovery codes, for a test's starting state.</summary>
    /// <param name="loginIdOrUserId">The user.</param>
    public void SeedRecoveryCodes(string loginIdOrUserId) =>
        Atomically(() => AuthenticatorsOf(SeededUser(loginIdOrUserId, nameof(loginIdOrUserId))).HasRecoveryCodes = true);

    /// <summary>Whether a user has recovery codes.</summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <returns><see langword="true"/> when the user has them.</returns>
    public bool HasRecoveryCodes(string loginIdOrUserId) =>
        Atomically(() => _index.TryGet(loginIdOrUserId, out var user) && _authenticators.TryGetValue(user.UserId!, out var a) && a.HasRecoveryCodes);

    /// <summary>
    /// Trusts a device of a user, for a test's starting state. A missing <see cref="TrustedDevice.Id"/>,
    /// <see cref="TrustedDevice.LastLoginTime"/> (now) or <see cref="TrustedDevice.ExpirationTime"/> (30 days on) is
    /// filled in; <see cref="TrustedDevice.UserId"/> is the user's.
    /// </summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <param name="device">The device; a new one when <see langword="null"/>.</param>
    /// <returns>The device as stored.</returns>
    public TrustedDevice SeedTrustedDevice(string loginIdOrUserId, TrustedDevice? device = null) =>
        Atomically(() =>
        {
            var user = SeededUser(loginIdOrUserId, nameof(loginIdOrUserId));
            var now = Now();
            var stored = (device ?? new TrustedDevice()) with
            {
                Id = device?.Id ?? "dev-" + TestSecrets.Token()[..16],
                LastLoginTime = device?.LastLoginTime ?? now,
                ExpirationTime = device?.ExpirationTime ?? now.AddDays(30),
                UserId = user.UserId,
            };
            AuthenticatorsOf(user).TrustedDevices.Add(stored);
            return stored;
        });

    /// <summary>A user's trusted devices, oldest first.</summary>
    /// <param name="loginIdOrUserId">The user.</param>
    /// <returns>The devices; empty when the user has none or does not exist.</returns>
    public IReadOnlyList<TrustedDevice> TrustedDevices(string loginIdOrUserId) =>
        Atomically(() => _index.TryGet(loginIdOrUserId, out var user) && _authenticators.TryGetValue(user.UserId!, out var a) ? a.TrustedDevices.ToArray() : []);

    /// <summary>Runs <paramref name="change"/> on the authenticators of the user, or fails with "user not found".</summary>
    internal T ChangeAuthenticators<T>(string operation, string loginIdOrUserId, Func<User, UserAuthenticators, T> change) =>
        Atomically(() =>
        {
            var user = Get(operation, loginIdOrUserId);
            return change(user, AuthenticatorsOf(user));
        });
}
