namespace Descope.UserManagement.Tests.Validation;

// The cases of the passkey, TOTP, recovery-code, trusted-device, provider-token and history operations.
public sealed partial class ArgumentValidationTests
{
    private static void AddAuthenticatorCalls(TheoryData<InvalidCall> data)
    {
        foreach (var (label, bad) in new[] { ("null", (string?)null), ("empty", ""), ("blank", "  \t") })
        {
            var id = bad!;
            data.Add(new($"ListPasskeys, {label} loginId", c => c.ListPasskeysAsync(id), "loginId"));
            data.Add(new($"RemovePasskey, {label} loginId", c => c.RemovePasskeyAsync(id, "cred1"), "loginId"));
            data.Add(new($"RemovePasskey, {label} credentialId", c => c.RemovePasskeyAsync("alice", id), "credentialId"));
            data.Add(new($"RemoveAllPasskeys, {label} loginId", c => c.RemoveAllPasskeysAsync(id), "loginId"));
            data.Add(new($"RemoveTotpSeed, {label} loginId", c => c.RemoveTotpSeedAsync(id), "loginId"));
            data.Add(new($"RemoveRecoveryCodes, {label} loginId", c => c.RemoveRecoveryCodesAsync(id), "loginId"));
            data.Add(new($"RemoveTrustedDevices, {label} loginId", c => c.RemoveTrustedDevicesAsync(id, ["d1"]), "loginId"));
            data.Add(new($"GetProviderToken, {label} loginId", c => c.GetProviderTokenAsync(id, "google"), "loginId"));
            data.Add(new($"GetProviderToken, {label} provider", c => c.GetProviderTokenAsync("alice", id), "provider"));
            data.Add(new($"ListTrustedDevices, a {label} login ID in the list", c => c.ListTrustedDevicesAsync(["alice", id]), "loginIds"));
            data.Add(new($"RemoveTrustedDevices, a {label} device ID", c => c.RemoveTrustedDevicesAsync("alice", ["d1", id]), "deviceIds"));
            data.Add(new($"GetHistory, a {label} user ID", c => c.GetHistoryAsync([id]), "userIds"));
        }

        data.Add(new("ListTrustedDevices, null list", c => c.ListTrustedDevicesAsync(null!), "loginIds"));
        data.Add(new("ListTrustedDevices, empty list", c => c.ListTrustedDevicesAsync([]), "loginIds"));
        data.Add(new("RemoveTrustedDevices, null device IDs", c => c.RemoveTrustedDevicesAsync("alice", null!), "deviceIds"));
        data.Add(new("RemoveTrustedDevices, no device IDs", c => c.RemoveTrustedDevicesAsync("alice", []), "deviceIds"));
        data.Add(new("GetHistory, null list", c => c.GetHistoryAsync(null!), "userIds"));
        data.Add(new("GetHistory, empty list", c => c.GetHistoryAsync(Enumerable.Empty<string>()), "userIds"));
    }
}
