namespace Descope.UserManagement.Testing.Emulation;

/// <summary>
/// What one user has besides the user object: passkeys, recovery codes, trusted devices and provider tokens. The
/// store keeps one per user ID, under its lock; TOTP lives on the user itself (<see cref="User.Totp"/>).
/// </summary>
internal sealed class UserAuthenticators
{
    public List<Passkey> Passkeys { get; } = [];

    public bool HasRecoveryCodes { get; set; }

    public List<TrustedDevice> TrustedDevices { get; } = [];

    /// <summary>Tokens by provider name, in any case.</summary>
    public Dictionary<string, ProviderToken> ProviderTokens { get; } = new(StringComparer.OrdinalIgnoreCase);
}
