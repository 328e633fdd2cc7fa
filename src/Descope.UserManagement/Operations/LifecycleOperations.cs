using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Lifecycle: load, create and delete (docs/wire-contract.md §3).
internal static partial class DescopeOperations
{
    // One path, two rows: the query key (loginId or userId) tells them apart.
    public static readonly DescopeOperation<NoBody, UserResponse> Load =
        Row<NoBody, UserResponse>("Load", Get, "/v1/mgmt/user", request: null, DescopeJsonContext.Default.UserResponse);

    public static readonly DescopeOperation<NoBody, UserResponse> LoadByUserId =
        Row<NoBody, UserResponse>("LoadByUserId", Get, "/v1/mgmt/user", request: null, DescopeJsonContext.Default.UserResponse);

    // Not repeatable: a second copy after a lost answer fails as "already exists" or sends a second invitation.
    public static readonly DescopeOperation<UserDetailsRequest, UserResponse> Create =
        UserRow("Create", Post, "/v1/mgmt/user/create", DescopeJsonContext.Default.UserDetailsRequest, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<UserDetailsRequest, UserResponse> CreateTestUser =
        UserRow("CreateTestUser", Post, "/v1/mgmt/user/create/test", DescopeJsonContext.Default.UserDetailsRequest, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<LoginIdRequest, EmptyResponse> DeleteUser =
        Row("Delete", Post, "/v1/mgmt/user/delete", LifecycleJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse);
}

/// <summary>Body of delete.</summary>
internal sealed class LoginIdRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LoginIdRequest))]
internal sealed partial class LifecycleJsonContext : JsonSerializerContext
{
}
