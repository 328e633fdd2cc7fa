using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// The SSO applications a user may use (docs/wire-contract.md §3). Set semantics, so repeatable.
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<SsoAppsRequest, UserResponse> AddSsoApps =
        UserRow("AddSsoApps", Post, "/v1/mgmt/user/update/ssoapp/add", SsoAppJsonContext.Default.SsoAppsRequest);

    public static readonly DescopeOperation<SsoAppsRequest, UserResponse> SetSsoApps =
        UserRow("SetSsoApps", Post, "/v1/mgmt/user/update/ssoapp/set", SsoAppJsonContext.Default.SsoAppsRequest);

    public static readonly DescopeOperation<SsoAppsRequest, UserResponse> RemoveSsoApps =
        UserRow("RemoveSsoApps", Post, "/v1/mgmt/user/update/ssoapp/remove", SsoAppJsonContext.Default.SsoAppsRequest);
}

/// <summary>Body of add, set and remove SSO apps.</summary>
internal sealed class SsoAppsRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("ssoAppIds")] public IReadOnlyList<string> SsoAppIds { get; set; } = [];
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SsoAppsRequest))]
internal sealed partial class SsoAppJsonContext : JsonSerializerContext
{
}
