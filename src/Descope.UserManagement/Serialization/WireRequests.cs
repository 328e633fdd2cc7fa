using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Serialization;

// The request bodies exactly as descope-api.md spells them. Null properties are left out of the JSON
// (DescopeJsonContext ignores nulls when writing), so "not set" never reaches the server as null.

/// <summary>Body of update, patch and each batch-patch item: the user's login ID and the fields to write.</summary>
internal sealed class UserDetailsRequest
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("middleName")] public string? MiddleName { get; set; }
    [JsonPropertyName("familyName")] public string? FamilyName { get; set; }
    [JsonPropertyName("verifiedEmail")] public bool? VerifiedEmail { get; set; }
    [JsonPropertyName("verifiedPhone")] public bool? VerifiedPhone { get; set; }
    [JsonPropertyName("roleNames")] public IReadOnlyList<string>? RoleNames { get; set; }
    [JsonPropertyName("userTenants")] public IReadOnlyList<TenantRoles>? UserTenants { get; set; }

    [JsonPropertyName("customAttributes")]
    [JsonConverter(typeof(CustomAttributesJsonConverter))]
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; set; }

    [JsonPropertyName("picture")] public string? Picture { get; set; }
    [JsonPropertyName("additionalIdentifiers")] public IReadOnlyList<string>? AdditionalIdentifiers { get; set; }
    [JsonPropertyName("ssoAppIds")] public IReadOnlyList<string>? SsoAppIds { get; set; }
    [JsonPropertyName("status")] public UserStatus? Status { get; set; }

    // Create only.
    [JsonPropertyName("invite")] public bool? Invite { get; set; }
    [JsonPropertyName("inviteUrl")] public string? InviteUrl { get; set; }
    [JsonPropertyName("sendMail")] public bool? SendMail { get; set; }
    [JsonPropertyName("sendSMS")] public bool? SendSms { get; set; }
    [JsonPropertyName("test")] public bool? Test { get; set; }

    public static UserDetailsRequest ForCreate(string loginId, UserCreate create, bool test)
    {
        var request = From(loginId, create, status: null);
        request.Invite = create.Invite;
        request.InviteUrl = create.InviteUrl;
        request.SendMail = create.SendMail;
        request.SendSms = create.SendSms;
        request.Test = test ? true : null;
        return request;
    }

    public static UserDetailsRequest From(string loginId, UserDetails details, UserStatus? status) => new()
    {
        LoginId = loginId,
        Email = details.Email,
        Phone = details.Phone,
        Name = details.Name,
        GivenName = details.GivenName,
        MiddleName = details.MiddleName,
        FamilyName = details.FamilyName,
        VerifiedEmail = details.VerifiedEmail,
        VerifiedPhone = details.VerifiedPhone,
        RoleNames = details.RoleNames,
        UserTenants = details.UserTenants,
        CustomAttributes = details.CustomAttributes,
        Picture = details.Picture,
        AdditionalIdentifiers = details.AdditionalIdentifiers,
        SsoAppIds = details.SsoAppIds,
        Status = status,
    };
}

/// <summary>Body of batch patch.</summary>
internal sealed class BatchPatchRequest
{
    [JsonPropertyName("users")] public IReadOnlyList<UserDetailsRequest> Users { get; set; } = [];
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
