using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement;

// Authenticators, trusted devices, provider tokens and login history.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<Passkey>> ListPasskeysAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var answer = await _sender.SendAsync(DescopeOperations.ListPasskeys, new LoginIdRequest { LoginId = loginId }, cancellationToken).ConfigureAwait(false);
        return answer.Passkeys ?? [];
    }

    /// <inheritdoc />
    public virtual Task RemovePasskeyAsync(string loginId, string credentialId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrWhiteSpace(credentialId, nameof(credentialId));
        return _sender.SendAsync(DescopeOperations.RemovePasskey, new RemovePasskeyRequest { LoginId = loginId, CredentialId = credentialId }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task RemoveAllPasskeysAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return _sender.SendAsync(DescopeOperations.RemoveAllPasskeys, new LoginIdRequest { LoginId = loginId }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task RemoveTotpSeedAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return _sender.SendAsync(DescopeOperations.RemoveTotpSeed, new LoginIdRequest { LoginId = loginId }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual Task RemoveRecoveryCodesAsync(string loginId, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        return _sender.SendAsync(DescopeOperations.RemoveRecoveryCodes, new LoginIdRequest { LoginId = loginId }, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<TrustedDevice>> ListTrustedDevicesAsync(IEnumerable<string> loginIds, CancellationToken cancellationToken = default)
    {
        var body = new ListTrustedDevicesRequest { Identifiers = ListArgument.NonBlank(loginIds, "login ID or user ID", nameof(loginIds)) };
        var answer = await _sender.SendAsync(DescopeOperations.ListTrustedDevices, body, cancellationToken).ConfigureAwait(false);
        return answer.Devices ?? [];
    }

    /// <inheritdoc />
    public virtual Task RemoveTrustedDevicesAsync(string loginId, IEnumerable<string> deviceIds, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        var body = new RemoveTrustedDevicesRequest { Identifier = loginId, DeviceIds = ListArgument.NonBlank(deviceIds, "device ID", nameof(deviceIds)) };
        return _sender.SendAsync(DescopeOperations.RemoveTrustedDevices, body, cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public virtual async Task<ProviderToken> GetProviderTokenAsync(
        string loginId, string provider, ProviderTokenOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNullOrWhiteSpace(loginId, nameof(loginId));
        Argument.NotNullOrWhiteSpace(provider, nameof(provider));
        var query = "loginId=" + Uri.EscapeDataString(loginId)
            + "&provider=" + Uri.EscapeDataString(provider)
            + "&withRefreshToken=" + (options?.WithRefreshToken == true ? "true" : "false")
            + "&forceRefresh=" + (options?.ForceRefresh == true ? "true" : "false");
        var answer = await _sender.SendQueryAsync(DescopeOperations.GetProviderToken, query, cancellationToken).ConfigureAwait(false);
        return answer.Token;
    }

    /// <inheritdoc />
    public virtual async Task<IReadOnlyList<LoginHistoryEntry>> GetHistoryAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var body = new HistoryRequest { UserIds = ListArgument.NonBlank(userIds, "user ID", nameof(userIds)) };
        var answer = await _sender.SendAsync(DescopeOperations.GetHistory, body, cancellationToken).ConfigureAwait(false);
        return answer.Entries;
    }
}
