using System.Text.Json;
using System.Text.Json.Nodes;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// Passkeys, TOTP, recovery codes, trusted devices, provider tokens and login history, as Descope serves them
/// (docs/wire-contract.md §3.45–§3.51), over what tests seeded in the store. An unknown user is "user not found";
/// removing what a user does not have succeeds; a user without a token from the provider gets <c>E011003</c>.
/// </summary>
internal sealed class AuthenticatorSemantics(DescopeUserStore store)
{
    public void Map(EmulatorRoutes routes)
    {
        routes.Map(DescopeOperations.ListPasskeys, (row, _, body) =>
        {
            var passkeys = store.ChangeAuthenticators(row.Name, LoginId(row, body), (_, a) => a.Passkeys.ToList());
            return EmulatorAnswer.Json(200, new PasskeysAnswer { Passkeys = passkeys }, AuthenticatorJsonContext.Default.PasskeysAnswer);
        });
        routes.Map(DescopeOperations.RemovePasskey, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var credentialId = reader.RequiredString("credentialId");
            return RemovePasskeys(row, reader.RequiredString("loginId"), passkey => passkey.Id == credentialId);
        });
        routes.Map(DescopeOperations.RemoveAllPasskeys, (row, _, body) => RemovePasskeys(row, LoginId(row, body), _ => true));
        routes.Map(DescopeOperations.RemoveTotpSeed, (row, _, body) =>
        {
            store.Change(row.Name, LoginId(row, body), user => user with { Totp = false });
            return EmulatorAnswer.Empty();
        });
        routes.Map(DescopeOperations.RemoveRecoveryCodes, (row, _, body) =>
        {
            store.ChangeAuthenticators(row.Name, LoginId(row, body), (_, a) => a.HasRecoveryCodes = false);
            return EmulatorAnswer.Empty();
        });
        routes.Map(DescopeOperations.ListTrustedDevices, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var identifiers = reader.Strings("identifiers") is { Count: > 0 } ids ? ids : throw EmulatedErrors.MissingArgument(row.Name, "identifiers");
            var devices = store.Atomically(() => identifiers
                .Select(id => store.Get(row.Name, id).UserId!)
                .Distinct(StringComparer.Ordinal)
                .SelectMany(userId => store.ChangeAuthenticators(row.Name, userId, (_, a) => a.TrustedDevices.ToArray()))
                .ToList());
            return EmulatorAnswer.Json(200, new TrustedDevicesAnswer { Devices = devices }, AuthenticatorJsonContext.Default.TrustedDevicesAnswer);
        });
        routes.Map(DescopeOperations.RemoveTrustedDevices, (row, _, body) =>
        {
            var reader = WireReader.Parse(row.Name, body);
            var identifier = reader.RequiredString("identifier");
            var deviceIds = reader.Strings("deviceIds") is { Count: > 0 } ids ? ids.ToHashSet(StringComparer.Ordinal) : throw EmulatedErrors.MissingArgument(row.Name, "deviceIds");
            store.ChangeAuthenticators(row.Name, identifier, (_, a) => a.TrustedDevices.RemoveAll(device => deviceIds.Contains(device.Id!)));
            return EmulatorAnswer.Empty();
        });
        routes.Map(DescopeOperations.GetProviderToken, (row, query, _) => ProviderToken(row, query));
        routes.Map(DescopeOperations.GetHistory, (row, _, body) =>
        {
            var history = store.History(UserIds(row, body)).ToList();
            return EmulatorAnswer.Json(200, new HistoryAnswer { Entries = history }, AuthenticatorJsonContext.Default.HistoryAnswer);
        });
    }

    private static string LoginId(DescopeOperation row, string body) => WireReader.Parse(row.Name, body).RequiredString("loginId");

    // The user's webauthn flag follows: it stays set while any passkey is left.
    private EmulatorAnswer RemovePasskeys(DescopeOperation row, string loginId, Predicate<Passkey> doomed)
    {
        store.Atomically(() =>
        {
            var left = store.ChangeAuthenticators(row.Name, loginId, (_, a) =>
            {
                a.Passkeys.RemoveAll(doomed);
                return a.Passkeys.Count;
            });
            return store.Change(row.Name, loginId, user => user with { WebAuthn = left > 0 && user.WebAuthn == true });
        });
        return EmulatorAnswer.Empty();
    }

    private EmulatorAnswer ProviderToken(DescopeOperation row, string query)
    {
        var parameters = WireQuery.Parse(query);
        string Required(string key) =>
            parameters.String(key) is { Length: > 0 } value ? value : throw EmulatedErrors.MissingArgument(row.Name, key);
        bool Flag(string key) =>
            parameters.String(key) is not { Length: > 0 } value ? false
            : bool.TryParse(value, out var flag) ? flag
            : throw EmulatedErrors.MalformedBody(row.Name, $"'{key}' must be true or false.");

        var withRefreshToken = Flag("withRefreshToken");
        var token = store.ProviderTokenFor(row.Name, Required("loginId"), Required("provider"), Flag("forceRefresh"));
        var answer = withRefreshToken ? token : token with { RefreshToken = null };
        return EmulatorAnswer.Json(200, new ProviderTokenAnswer { Token = answer }, AuthenticatorJsonContext.Default.ProviderTokenAnswer);
    }

    // The history body is a bare JSON array of user IDs.
    private static string[] UserIds(DescopeOperation row, string body)
    {
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException error)
        {
            throw EmulatedErrors.MalformedBody(row.Name, "The body is not valid JSON: " + error.Message);
        }

        if (node is not JsonArray array || array.Any(item => item?.GetValueKind() != JsonValueKind.String))
        {
            throw EmulatedErrors.MalformedBody(row.Name, "The body must be a JSON array of user IDs.");
        }

        return array.Count > 0 ? array.Select(item => item!.GetValue<string>()).ToArray() : throw EmulatedErrors.MissingArgument(row.Name, "userIds");
    }
}
