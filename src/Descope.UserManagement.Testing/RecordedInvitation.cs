namespace Descope.UserManagement.Testing;

/// <summary>
/// An invitation the emulated Descope sent (<see cref="DescopeUserStore.Invitations"/>): to whom, by which channel,
/// with which link and template. A test asserts on these instead of reading a mailbox.
/// </summary>
public sealed record RecordedInvitation
{
    /// <summary>The login ID the invitation was sent for (as the request named the user).</summary>
    public required string LoginId { get; init; }

    /// <summary>The invited user's Descope user ID.</summary>
    public required string UserId { get; init; }

    /// <summary>The address it went to by email, or <see langword="null"/> when it was not sent by email.</summary>
    public string? Email { get; init; }

    /// <summary>The number it went to by SMS, or <see langword="null"/> when it was not sent by SMS.</summary>
    public string? Phone { get; init; }

    /// <summary>Whether it was sent by email.</summary>
    public bool ByEmail => Email is not null;

    /// <summary>Whether it was sent by SMS.</summary>
    public bool BySms => Phone is not null;

    /// <summary>The link the invitation points to (<c>inviteUrl</c>), or <see langword="null"/> for the project's default.</summary>
    public string? InviteUrl { get; init; }

    /// <summary>The message template (<c>templateId</c>), or <see langword="null"/> for the project's default.</summary>
    public string? TemplateId { get; init; }

    /// <summary>The template's variables (<c>templateOptions</c>), or <see langword="null"/> when none were given.</summary>
    public IReadOnlyDictionary<string, string>? TemplateOptions { get; init; }

    /// <summary>The language of the invitation (<c>locale</c>), or <see langword="null"/> for the default.</summary>
    public string? Locale { get; init; }

    /// <summary>When it was sent, on the store's clock.</summary>
    public DateTimeOffset SentAt { get; init; }
}
