using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Passwords (docs/wire-contract.md §3). The path alone says temporary or active; setting the same password twice, or
// expiring twice, leaves the same state, so all three are repeatable.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<SetPasswordRequest, EmptyResponse> SetTemporaryPassword =
        Row("SetTemporaryPassword", Post, "/v1/mgmt/user/password/set/temporary", CredentialJsonContext.Default.SetPasswordRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<SetPasswordRequest, EmptyResponse> SetActivePassword =
        Row("SetActivePassword", Post, "/v1/mgmt/user/password/set/active", CredentialJsonContext.Default.SetPasswordRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<LoginIdRequest, EmptyResponse> ExpirePassword =
        Row("ExpirePassword", Post, "/v1/mgmt/user/password/expire", LifecycleJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse);
}

/// <summary>Body of set temporary and set active password. The password is a secret: redacted from every error text.</summary>
internal sealed class SetPasswordRequest : ICarriesSecrets
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("password")] public string Password { get; set; } = "";

    [JsonIgnore]
    public IReadOnlyList<string>? Secrets => [Password];

    // Never the password, should a body ever be formatted.
    public override string ToString() => $"SetPasswordRequest for {LoginId}, password <redacted>";
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SetPasswordRequest))]
internal sealed partial class CredentialJsonContext : JsonSerializerContext
{
}
