namespace Descope.UserManagement;

/// <summary>
/// A new user for <see cref="IDescopeUserClient.CreateAsync"/> and <see cref="IDescopeUserClient.CreateTestUserAsync"/>:
/// the user's fields plus how to invite them.
/// </summary>
public sealed record UserCreate : UserDetails
{
    /// <summary>Send the user an invitation (<c>invite</c>).</summary>
    public bool? Invite { get; init; }

    /// <summary>The URL the invitation links to, when not the project's default (<c>inviteUrl</c>).</summary>
    public string? InviteUrl { get; init; }

    /// <summary>Whether the invitation goes out by email (<c>sendMail</c>).</summary>
    public bool? SendMail { get; init; }

    /// <summary>Whether the invitation goes out by SMS (<c>sendSMS</c>).</summary>
    public bool? SendSms { get; init; }
}
