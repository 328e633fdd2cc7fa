namespace Descope.UserManagement;

/// <summary>
/// The parts of a user's name for <see cref="IDescopeUserClient.UpdateDisplayNameAsync"/>.
/// A part left <see langword="null"/> is not sent; an empty string removes that part.
/// </summary>
public sealed record DisplayName
{
    /// <summary>The full display name (<c>name</c> on the wire).</summary>
    public string? Name { get; init; }

    /// <summary>The given (first) name.</summary>
    public string? GivenName { get; init; }

    /// <summary>The middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>The family (last) name.</summary>
    public string? FamilyName { get; init; }
}
