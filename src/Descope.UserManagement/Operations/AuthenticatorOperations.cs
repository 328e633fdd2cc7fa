using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Authenticators, devices, provider token and history (docs/wire-contract.md §3.45–§3.51): reads and removals, all
// repeatable. Removals answer a JSON object whose content is ignored.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<LoginIdRequest, PasskeysAnswer> ListPasskeys =
        Row("ListPasskeys", Post, "/v1/mgmt/user/passkeys/list", LifecycleJsonContext.Default.LoginIdRequest, AuthenticatorJsonContext.Default.PasskeysAnswer);

    public static readonly DescopeOperation<RemovePasskeyRequest, EmptyResponse> RemovePasskey =
        Row("RemovePasskey", Post, "/v1/mgmt/user/passkey/delete", AuthenticatorJsonContext.Default.RemovePasskeyRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<LoginIdRequest, EmptyResponse> RemoveAllPasskeys =
        Row("RemoveAllPasskeys", Post, "/v1/mgmt/user/passkeys/delete", LifecycleJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<LoginIdRequest, EmptyResponse> RemoveTotpSeed =
        Row("RemoveTotpSeed", Post, "/v1/mgmt/user/totp/delete", LifecycleJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<LoginIdRequest, EmptyResponse> RemoveRecoveryCodes =
        Row("RemoveRecoveryCodes", Post, "/v1/mgmt/user/recovery-codes/delete", LifecycleJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<ListTrustedDevicesRequest, TrustedDevicesAnswer> ListTrustedDevices =
        Row("ListTrustedDevices", Post, "/v1/mgmt/user/trusteddevices/list", AuthenticatorJsonContext.Default.ListTrustedDevicesRequest,
            AuthenticatorJsonContext.Default.TrustedDevicesAnswer);

    public static readonly DescopeOperation<RemoveTrustedDevicesRequest, EmptyResponse> RemoveTrustedDevices =
        Row("RemoveTrustedDevices", Post, "/v1/mgmt/user/trusteddevices/remove", AuthenticatorJsonContext.Default.RemoveTrustedDevicesRequest,
            DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<NoBody, ProviderTokenAnswer> GetProviderToken =
        Row<NoBody, ProviderTokenAnswer>("GetProviderToken", Get, "/v1/mgmt/user/provider/token", request: null, AuthenticatorJsonContext.Default.ProviderTokenAnswer);

    public static readonly DescopeOperation<HistoryRequest, HistoryAnswer> GetHistory =
        Row("GetHistory", Post, "/v1/mgmt/user/history", AuthenticatorJsonContext.Default.HistoryRequest, AuthenticatorJsonContext.Default.HistoryAnswer);
}

/// <summary>Body of remove passkey.</summary>
internal sealed class RemovePasskeyRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("credentialId")] public string CredentialId { get; set; } = "";
}

/// <summary>Body of list trusted devices: <c>identifiers</c>, not <c>loginId</c> (docs/wire-contract.md §1.6).</summary>
internal sealed class ListTrustedDevicesRequest
{
    [JsonPropertyName("identifiers")] public IReadOnlyList<string> Identifiers { get; set; } = [];
}

/// <summary>Body of remove trusted devices: <c>identifier</c>, not <c>loginId</c>.</summary>
internal sealed class RemoveTrustedDevicesRequest
{
    [JsonPropertyName("identifier")] public string Identifier { get; set; } = "";
    [JsonPropertyName("deviceIds")] public IReadOnlyList<string> DeviceIds { get; set; } = [];
}

/// <summary>Body of history: a bare JSON array of user IDs, written by <see cref="HistoryRequestConverter"/>.</summary>
[JsonConverter(typeof(HistoryRequestConverter))]
internal sealed class HistoryRequest
{
    public IReadOnlyList<string> UserIds { get; set; } = [];
}

/// <summary>The answer of list passkeys: <c>{"passkeys": […]}</c>; a missing list means none.</summary>
internal sealed class PasskeysAnswer : IWireAnswer
{
    [JsonPropertyName("passkeys")] public List<Passkey>? Passkeys { get; set; }

    public string? Problem => Passkeys is { } items && items.Contains(null!) ? "The response listed a null passkey." : null;
}

/// <summary>The answer of list trusted devices: <c>{"devices": […]}</c>; a missing list means none.</summary>
internal sealed class TrustedDevicesAnswer : IWireAnswer
{
    [JsonPropertyName("devices")] public List<TrustedDevice>? Devices { get; set; }

    public string? Problem => Devices is { } items && items.Contains(null!) ? "The response listed a null device." : null;
}

/// <summary>The answer of provider token: the token object itself, read by <see cref="ProviderTokenAnswerConverter"/>.</summary>
[JsonConverter(typeof(ProviderTokenAnswerConverter))]
internal sealed class ProviderTokenAnswer : IWireAnswer
{
    public ProviderToken Token { get; set; } = new();

    public string? Problem => string.IsNullOrEmpty(Token.AccessToken) ? "The response did not contain an access token." : null;
}

/// <summary>The answer of history: a bare JSON array of logins, read by <see cref="HistoryAnswerConverter"/>.</summary>
[JsonConverter(typeof(HistoryAnswerConverter))]
internal sealed class HistoryAnswer : IWireAnswer
{
    public List<LoginHistoryEntry> Entries { get; set; } = [];

    public string? Problem => Entries.Contains(null!) ? "The response listed a null login." : null;
}

/// <summary>The bodies and answers of this area, generated at compile time; nulls are left out, answer keys read in any case.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(RemovePasskeyRequest))]
[JsonSerializable(typeof(ListTrustedDevicesRequest))]
[JsonSerializable(typeof(RemoveTrustedDevicesRequest))]
[JsonSerializable(typeof(HistoryRequest))]
[JsonSerializable(typeof(PasskeysAnswer))]
[JsonSerializable(typeof(TrustedDevicesAnswer))]
[JsonSerializable(typeof(ProviderTokenAnswer))]
[JsonSerializable(typeof(ProviderToken))]
[JsonSerializable(typeof(HistoryAnswer))]
[JsonSerializable(typeof(List<LoginHistoryEntry>))]
internal sealed partial class AuthenticatorJsonContext : JsonSerializerContext
{
}
