using System.Collections.Generic;
using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Lifecycle: load, create, invite, delete and sign out (docs/wire-contract.md §3).
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

    // The create path with invite: true and the invitation's options; a user ID as loginId re-invites that user.
    public static readonly DescopeOperation<UserDetailsRequest, UserResponse> Invite =
        UserRow("Invite", Post, "/v1/mgmt/user/create", DescopeJsonContext.Default.UserDetailsRequest, RetryClass.OnlyIfNotSent);

    public static readonly DescopeOperation<UserDetailsRequest, UserResponse> CreateTestUser =
        UserRow("CreateTestUser", Post, "/v1/mgmt/user/create/test", DescopeJsonContext.Default.UserDetailsRequest, RetryClass.OnlyIfNotSent);

    // One path, two rows: the body's key (loginId or userId) tells them apart. A repeat may answer "not found".
    public static readonly DescopeOperation<LoginIdRequest, EmptyResponse> DeleteUser =
        Row("Delete", Post, "/v1/mgmt/user/delete", LifecycleJsonContext.Default.LoginIdRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<UserIdRequest, EmptyResponse> DeleteByUserId =
        Row("DeleteByUserId", Post, "/v1/mgmt/user/delete", LifecycleJsonContext.Default.UserIdRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<UserIdsRequest, EmptyResponse> DeleteBatch =
        Row("DeleteBatch", Post, "/v1/mgmt/user/delete/batch", LifecycleJsonContext.Default.UserIdsRequest, DescopeJsonContext.Default.EmptyResponse);

    // DELETE without a body: the path says it all.
    public static readonly DescopeOperation<NoBody, EmptyResponse> DeleteAllTestUsers =
        Row<NoBody, EmptyResponse>("DeleteAllTestUsers", Delete, "/v1/mgmt/user/test/delete/all", request: null, DescopeJsonContext.Default.EmptyResponse);

    // One path, two rows: loginId or userId names the user. Revoking sessions twice is a no-op.
    public static readonly DescopeOperation<LogoutRequest, EmptyResponse> Logout =
        Row("Logout", Post, "/v1/mgmt/user/logout", LifecycleJsonContext.Default.LogoutRequest, DescopeJsonContext.Default.EmptyResponse);

    public static readonly DescopeOperation<LogoutRequest, EmptyResponse> LogoutByUserId =
        Row("LogoutByUserId", Post, "/v1/mgmt/user/logout", LifecycleJsonContext.Default.LogoutRequest, DescopeJsonContext.Default.EmptyResponse);
}

/// <summary>Body of delete, and of expire password.</summary>
internal sealed class LoginIdRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
}

/// <summary>Body of delete by user ID.</summary>
internal sealed class UserIdRequest
{
    [JsonPropertyName("userId")] public string UserId { get; set; } = "";
}

/// <summary>Body of delete batch.</summary>
internal sealed class UserIdsRequest
{
    [JsonPropertyName("userIds")] public IReadOnlyList<string> UserIds { get; set; } = [];
}

/// <summary>Body of logout and logout by user ID: one of the two keys, and the session types when the caller named some.</summary>
internal sealed class LogoutRequest
{
    [JsonPropertyName("loginId")] public string? LoginId { get; set; }
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("sessionTypes")] public IReadOnlyList<string>? SessionTypes { get; set; }
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LoginIdRequest))]
[JsonSerializable(typeof(UserIdRequest))]
[JsonSerializable(typeof(UserIdsRequest))]
[JsonSerializable(typeof(LogoutRequest))]
internal sealed partial class LifecycleJsonContext : JsonSerializerContext
{
}
