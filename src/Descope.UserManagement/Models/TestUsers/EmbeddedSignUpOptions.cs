using System;

namespace Descope.UserManagement;

/// <summary>
/// The user details and settings of a sign-up embedded link (docs/wire-contract.md §3.44). Only the properties you
/// set are sent; the user details go in the <c>user</c> object, left out when none is set.
/// </summary>
public sealed record EmbeddedSignUpOptions
{
    /// <summary>The full display name (<c>user.name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The given (first) name (<c>user.givenName</c>).</summary>
    public string? GivenName { get; init; }

    /// <summary>The middle name (<c>user.middleName</c>).</summary>
    public string? MiddleName { get; init; }

    /// <summary>The family (last) name (<c>user.familyName</c>).</summary>
    public string? FamilyName { get; init; }

    /// <summary>The email address (<c>user.email</c>).</summary>
    public string? Email { get; init; }

    /// <summary>The phone number in E.164 form (<c>user.phone</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>Whether the email counts as verified (<c>emailVerified</c>).</summary>
    public bool? EmailVerified { get; init; }

    /// <summary>Whether the phone counts as verified (<c>phoneVerified</c>).</summary>
    public bool? PhoneVerified { get; init; }

    /// <summary>Options for the session the token signs into (<c>loginOptions</c>).</summary>
    public LoginOptions? LoginOptions { get; init; }

    /// <summary>How long the token stays valid (<c>timeout</c>, whole seconds, rounded up); Descope's default when unset.</summary>
    public TimeSpan? Timeout { get; init; }
}
