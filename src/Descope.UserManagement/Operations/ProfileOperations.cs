using System.Text.Json.Serialization;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

// Profile and contact: the user's own fields (docs/wire-contract.md §3).
internal static partial class DescopeOperations
{
    public static readonly DescopeOperation<UserDetailsRequest, UserResponse> Update =
        UserRow("Update", Post, "/v1/mgmt/user/update", DescopeJsonContext.Default.UserDetailsRequest);

    public static readonly DescopeOperation<UserDetailsRequest, UserResponse> PatchUser =
        UserRow("Patch", Patch, "/v1/mgmt/user/patch", DescopeJsonContext.Default.UserDetailsRequest);

    public static readonly DescopeOperation<UpdateEmailRequest, UserResponse> UpdateEmail =
        UserRow("UpdateEmail", Post, "/v1/mgmt/user/update/email", ProfileJsonContext.Default.UpdateEmailRequest);

    public static readonly DescopeOperation<UpdatePhoneRequest, UserResponse> UpdatePhone =
        UserRow("UpdatePhone", Post, "/v1/mgmt/user/update/phone", ProfileJsonContext.Default.UpdatePhoneRequest);

    public static readonly DescopeOperation<UpdateDisplayNameRequest, UserResponse> UpdateDisplayName =
        UserRow("UpdateDisplayName", Post, "/v1/mgmt/user/update/name", ProfileJsonContext.Default.UpdateDisplayNameRequest);

    public static readonly DescopeOperation<UpdatePictureRequest, UserResponse> UpdatePicture =
        UserRow("UpdatePicture", Post, "/v1/mgmt/user/update/picture", ProfileJsonContext.Default.UpdatePictureRequest);

    public static readonly DescopeOperation<UpdateCustomAttributeRequest, UserResponse> UpdateCustomAttribute =
        UserRow("UpdateCustomAttribute", Post, "/v1/mgmt/user/update/customAttribute", ProfileJsonContext.Default.UpdateCustomAttributeRequest);

    public static readonly DescopeOperation<UpdateRecoveryEmailRequest, UserResponse> UpdateRecoveryEmail =
        UserRow("UpdateRecoveryEmail", Post, "/v1/mgmt/user/update/recovery/email", ProfileJsonContext.Default.UpdateRecoveryEmailRequest);

    public static readonly DescopeOperation<UpdateRecoveryPhoneRequest, UserResponse> UpdateRecoveryPhone =
        UserRow("UpdateRecoveryPhone", Post, "/v1/mgmt/user/update/recovery/phone", ProfileJsonContext.Default.UpdateRecoveryPhoneRequest);
}

/// <summary>Body of update email.</summary>
internal sealed class UpdateEmailRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("email")] public string Email { get; set; } = "";
    [JsonPropertyName("verified")] public bool Verified { get; set; }
    [JsonPropertyName("failOnConflict")] public bool FailOnConflict { get; set; }
}

/// <summary>Body of update phone.</summary>
internal sealed class UpdatePhoneRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("phone")] public string Phone { get; set; } = "";
    [JsonPropertyName("verified")] public bool Verified { get; set; }
    [JsonPropertyName("failOnConflict")] public bool FailOnConflict { get; set; }
}

/// <summary>Body of update display name.</summary>
internal sealed class UpdateDisplayNameRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("middleName")] public string? MiddleName { get; set; }
    [JsonPropertyName("familyName")] public string? FamilyName { get; set; }
}

/// <summary>Body of update picture.</summary>
internal sealed class UpdatePictureRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("picture")] public string Picture { get; set; } = "";
}

/// <summary>Body of update custom attribute: <c>attributeValue</c> is always written, <c>null</c> included (see <see cref="UpdateCustomAttributeRequestConverter"/>).</summary>
[JsonConverter(typeof(UpdateCustomAttributeRequestConverter))]
internal sealed class UpdateCustomAttributeRequest
{
    public string LoginId { get; set; } = "";

    public string AttributeKey { get; set; } = "";

    /// <summary>The value as <see cref="CustomAttributeValues.TryNormalize"/> left it.</summary>
    public object? AttributeValue { get; set; }
}

/// <summary>Body of update recovery email.</summary>
internal sealed class UpdateRecoveryEmailRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("recoveryEmail")] public string RecoveryEmail { get; set; } = "";
    [JsonPropertyName("verified")] public bool Verified { get; set; }
}

/// <summary>Body of update recovery phone.</summary>
internal sealed class UpdateRecoveryPhoneRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("recoveryPhone")] public string RecoveryPhone { get; set; } = "";
    [JsonPropertyName("verified")] public bool Verified { get; set; }
}

/// <summary>The bodies of this area, generated at compile time; nulls are left out.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpdateEmailRequest))]
[JsonSerializable(typeof(UpdatePhoneRequest))]
[JsonSerializable(typeof(UpdateDisplayNameRequest))]
[JsonSerializable(typeof(UpdatePictureRequest))]
[JsonSerializable(typeof(UpdateCustomAttributeRequest))]
[JsonSerializable(typeof(UpdateRecoveryEmailRequest))]
[JsonSerializable(typeof(UpdateRecoveryPhoneRequest))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext
{
}
