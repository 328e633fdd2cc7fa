using Descope.UserManagement;

namespace QuickStart;

// Authenticators, devices, provider token, history and attribute definitions. Against the emulator the user was
// given some of each first; against Descope a fresh test user has none, so the removals are checked to leave none.
internal sealed partial class QuickStartScript
{
    private async Task AuthenticatorStepsAsync(string loginId, string userId)
    {
        settings.SeedAuthenticators?.Invoke(loginId);
        var passkeys = await ListAsync("ListPasskeys", () => users.ListPasskeysAsync(loginId), n => $"{n} passkey(s)");
        if (passkeys is { Count: > 0 })
        {
            await CheckOnceAsync("RemovePasskey", async () =>
            {
                await users.RemovePasskeyAsync(loginId, passkeys[0].Id!);
                var left = await users.ListPasskeysAsync(loginId);
                return (left.Count == passkeys.Count - 1, $"{passkeys[0].DisplayName ?? passkeys[0].Id} removed, {left.Count} left");
            });
        }
        else
        {
            output.WriteLine("skip RemovePasskey: the user has no passkey");
        }

        await CheckOnceAsync("RemoveAllPasskeys", async () =>
        {
            await users.RemoveAllPasskeysAsync(loginId);
            return ((await users.ListPasskeysAsync(loginId)).Count == 0, "no passkey left");
        });
        await CheckOnceAsync("RemoveTotpSeed", async () =>
        {
            await users.RemoveTotpSeedAsync(loginId);
            return ((await users.LoadAsync(loginId)).Totp != true, "TOTP off");
        });
        await CheckOnceAsync("RemoveRecoveryCodes", async () =>
        {
            await users.RemoveRecoveryCodesAsync(loginId);
            return (true, "recovery codes removed");
        });

        var devices = await ListAsync("ListTrustedDevices", () => users.ListTrustedDevicesAsync([loginId]), n => $"{n} trusted device(s)");
        if (devices is { Count: > 0 })
        {
            await CheckOnceAsync("RemoveTrustedDevices", async () =>
            {
                await users.RemoveTrustedDevicesAsync(loginId, devices.Select(d => d.Id!));
                return ((await users.ListTrustedDevicesAsync([loginId])).Count == 0, $"{devices.Count} device(s) no longer trusted");
            });
        }
        else
        {
            output.WriteLine("skip RemoveTrustedDevices: the user has no trusted device");
        }

        if ((settings.ProviderTokenUser ?? (settings.Emulated ? loginId : null)) is { } tokenUser)
        {
            await CheckOnceAsync("GetProviderToken", async () =>
            {
                var token = await users.GetProviderTokenAsync(tokenUser, settings.Provider);
                return (!string.IsNullOrEmpty(token.AccessToken), $"a {token.Provider} access token of {token.AccessToken!.Length} characters, expiring {token.Expiration:u}");
            });
        }
        else
        {
            output.WriteLine("skip GetProviderToken: set DESCOPE_QUICKSTART_PROVIDER_USER to a user who signed in through a social provider");
        }

        await ListAsync("GetHistory", () => users.GetHistoryAsync([userId]), n => $"{n} login(s) on record");
    }

    private async Task AttributeDefinitionStepsAsync(string suffix)
    {
        var definitions = await ListAsync("GetCustomAttributes", () => users.GetCustomAttributesAsync(), n => $"{n} custom attribute(s) defined");

        // Descope publishes no table of type numbers: against a project, borrow the type of an existing definition.
        int? type = settings.Emulated ? 1 : definitions is { Count: > 0 } ? definitions[0].Type : null;
        if (type is null)
        {
            output.WriteLine("skip CreateCustomAttributes, DeleteCustomAttributes: define one custom attribute in the project first");
            return;
        }

        var name = "quickstart" + suffix;
        await CheckOnceAsync("CreateCustomAttributes", async () =>
        {
            var after = await users.CreateCustomAttributesAsync([new CustomAttributeDefinition { Name = name, DisplayName = "QuickStart " + suffix, Type = type.Value }]);
            return (after.Any(d => d.Name == name), $"{name} defined, {after.Count} in all");
        });
        await CheckOnceAsync("DeleteCustomAttributes", async () =>
        {
            var after = await users.DeleteCustomAttributesAsync([name]);
            return (after.All(d => d.Name != name), $"{name} deleted, {after.Count} left");
        });
    }

    private async Task<IReadOnlyList<T>?> ListAsync<T>(string operation, Func<Task<IReadOnlyList<T>>> list, Func<int, string> describe)
    {
        try
        {
            var items = await list();
            Report(operation, true, describe(items.Count));
            return items;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report(operation, false, $"{error.GetType().Name}: {error.Message}");
            return null;
        }
    }
}
