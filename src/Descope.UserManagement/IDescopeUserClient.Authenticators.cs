using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement;

// Authenticators, trusted devices, provider tokens and login history.
public partial interface IDescopeUserClient
{
    /// <summary>Lists a user's passkeys (<c>POST /v1/mgmt/user/passkeys/list</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The passkeys; empty when the user has none.</returns>
    Task<IReadOnlyList<Passkey>> ListPasskeysAsync(string loginId, CancellationToken cancellationToken = default);

    /// <summary>Removes one of a user's passkeys (<c>POST /v1/mgmt/user/passkey/delete</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="credentialId">The passkey's <see cref="Passkey.Id"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the passkey is removed.</returns>
    Task RemovePasskeyAsync(string loginId, string credentialId, CancellationToken cancellationToken = default);

    /// <summary>Removes every passkey of a user (<c>POST /v1/mgmt/user/passkeys/delete</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the passkeys are removed.</returns>
    Task RemoveAllPasskeysAsync(string loginId, CancellationToken cancellationToken = default);

    /// <summary>Removes a user's TOTP seed, so the authenticator app no longer signs them in (<c>POST /v1/mgmt/user/totp/delete</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the seed is removed.</returns>
    Task RemoveTotpSeedAsync(string loginId, CancellationToken cancellationToken = default);

    /// <summary>Removes a user's recovery codes (<c>POST /v1/mgmt/user/recovery-codes/delete</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the codes are removed.</returns>
    Task RemoveRecoveryCodesAsync(string loginId, CancellationToken cancellationToken = default);

    /// <summary>Lists the trusted devices of one or more users (<c>POST /v1/mgmt/user/trusteddevices/list</c>, sent as <c>identifiers</c>).</summary>
    /// <param name="loginIds">The users' login IDs or user IDs; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The devices of all the users; empty when they have none.</returns>
    Task<IReadOnlyList<TrustedDevice>> ListTrustedDevicesAsync(IEnumerable<string> loginIds, CancellationToken cancellationToken = default);

    /// <summary>Stops trusting some of a user's devices (<c>POST /v1/mgmt/user/trusteddevices/remove</c>, sent as <c>identifier</c>).</summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="deviceIds">The devices' <see cref="TrustedDevice.Id"/>s; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the devices are no longer trusted.</returns>
    Task RemoveTrustedDevicesAsync(string loginId, IEnumerable<string> deviceIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets the OAuth token Descope keeps for a user from a social provider (<c>GET /v1/mgmt/user/provider/token</c>).
    /// The project must manage provider tokens, and the user must have signed in through that provider.
    /// </summary>
    /// <param name="loginId">The user's login ID or user ID.</param>
    /// <param name="provider">The provider, e.g. <c>google</c>.</param>
    /// <param name="options">Whether to include the refresh token and to refresh first; <see langword="null"/> for neither.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token (secrets: its <c>ToString()</c> hides the access and refresh tokens).</returns>
    Task<ProviderToken> GetProviderTokenAsync(string loginId, string provider, ProviderTokenOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets the login history of one or more users (<c>POST /v1/mgmt/user/history</c>; body and answer are bare JSON arrays).</summary>
    /// <param name="userIds">Descope user IDs; at least one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The logins of those users; IDs that match nobody are simply absent.</returns>
    Task<IReadOnlyList<LoginHistoryEntry>> GetHistoryAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);
}
