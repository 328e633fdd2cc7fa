using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// The writable fields of a user, shared by <see cref="UserUpdate"/> (full overwrite) and
/// <see cref="UserPatch"/> (change only what is set).
/// </summary>
/// <remarks>
/// A property left <see langword="null"/> is never sent as JSON <c>null</c>: it is left out of the request.
/// What leaving it out means depends on the operation: update removes the field, patch keeps it.
/// An empty string or an empty list is sent as given and clears the field.
/// </remarks>
public abstract record UserDetails
{
    /// <summary>The email address (<c>email</c>).</summary>
    public string? Email { get; init; }

    /// <summary>The phone number in E.164 form, e.g. <c>+12025550123</c> (<c>phone</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>The full display name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The given (first) name (<c>givenName</c>).</summary>
    public string? GivenName { get; init; }

    /// <summary>The middle name (<c>middleName</c>).</summary>
    public string? MiddleName { get; init; }

    /// <summary>The family (last) name (<c>familyName</c>).</summary>
    public string? FamilyName { get; init; }

    /// <summary>Whether the email is verified; only a verified email can be used to log in (<c>verifiedEmail</c>).</summary>
    public bool? VerifiedEmail { get; init; }

    /// <summary>Whether the phone is verified; only a verified phone can be used to log in (<c>verifiedPhone</c>).</summary>
    public bool? VerifiedPhone { get; init; }

    /// <summary>Project-level roles (<c>roleNames</c>).</summary>
    public IReadOnlyList<string>? RoleNames { get; init; }

    /// <summary>Tenant memberships with the roles held in each (<c>userTenants</c>).</summary>
    public IReadOnlyList<TenantRoles>? UserTenants { get; init; }

    /// <summary>
    /// Custom attribute values by key (<c>customAttributes</c>). Keys must already be defined in the Descope
    /// project. A value may be <see langword="null"/>, a string, a boolean, a number, a
    /// <see cref="System.Text.Json.JsonElement"/>, or a sequence of those.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? CustomAttributes { get; init; }

    /// <summary>The URL of the user's picture (<c>picture</c>).</summary>
    public string? Picture { get; init; }

    /// <summary>Extra login IDs for the user (<c>additionalIdentifiers</c>).</summary>
    public IReadOnlyList<string>? AdditionalIdentifiers { get; init; }

    /// <summary>The SSO applications the user may use; an empty list means all of them (<c>ssoAppIds</c>).</summary>
    public IReadOnlyList<string>? SsoAppIds { get; init; }
}
