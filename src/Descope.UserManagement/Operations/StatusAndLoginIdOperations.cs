using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Status and login IDs (docs/wire-contract.md §3).
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<UpdateStatusRequest, UserResponse> UpdateStatus =
        UserRow("UpdateStatus", Post, "/v1/mgmt/user/update/status", StatusAndLoginIdJsonContext.Default.UpdateStatusRequest);

    // Not repeatable: once a change succeeded the old login ID is gone, so a second copy fails or hits another user.
    public static readonly DescopeOperation<UpdateLoginIdRequest, UserResponse> UpdateLoginId =
        UserRow("UpdateLoginId", Post, "/v1/mgmt/user/update/loginid", StatusAndLoginIdJsonContext.Default.UpdateLoginIdRequest, RetryClass.OnlyIfNotSent);
}

/// <summary>Body of update status.</summary>
internal sealed class UpdateStatusRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("status")] public UserStatus Status { get; set; }
}

/// <summary>Body of update login ID.</summary>
internal sealed class UpdateLoginIdRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("newLoginId")] public string? NewLoginId { get; set; }
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpdateStatusRequest))]
[JsonSerializable(typeof(UpdateLoginIdRequest))]
internal sealed partial class StatusAndLoginIdJsonContext : JsonSerializerContext
{
}
