using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

// The request bodies exactly as descope-api.md spells them. Null properties are left out of the JSON
// (DescopeJsonContext ignores nulls when writing, and UserDetailsWriter skips them), so "not set" never reaches
// the server as null.

/// <summary>Body of update, patch and create: the user's login ID and the fields to write (see <see cref="UserDetailsWriter"/>).</summary>
[JsonConverter(typeof(UserDetailsRequestConverter))]
internal sealed class UserDetailsRequest
{
    public UserDetailsRequest(string loginId, UserDetails details, UserStatus? status, bool test = false)
    {
        LoginId = loginId;
        Details = details;
        Status = status;
        Test = test;
    }

    public string LoginId { get; }

    public UserDetails Details { get; }

    /// <summary>Patch only: the status to set.</summary>
    public UserStatus? Status { get; }

    /// <summary>Create only: whether the user is a test user.</summary>
    public bool Test { get; }
}

/// <summary>Body of batch patch: each patch is written as one item of <c>users</c>, naming its own user.</summary>
[JsonConverter(typeof(BatchPatchRequestConverter))]
internal sealed class BatchPatchRequest
{
    public BatchPatchRequest(IReadOnlyList<BatchUserPatch> users) => Users = users;

    public IReadOnlyList<BatchUserPatch> Users { get; }
}

/// <summary>Body of update status.</summary>
internal sealed class UpdateStatusRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("status")] public UserStatus Status { get; set; }
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

/// <summary>Body of update login ID.</summary>
internal sealed class UpdateLoginIdRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("newLoginId")] public string? NewLoginId { get; set; }
}

/// <summary>Body of add, remove and set roles.</summary>
internal sealed class RolesRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("roleNames")] public IReadOnlyList<string> RoleNames { get; set; } = [];
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
}

/// <summary>Body of delete.</summary>
internal sealed class LoginIdRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
}

/// <summary>Body of add tenant and remove tenant.</summary>
internal sealed class TenantRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("tenantId")] public string TenantId { get; set; } = "";
}
