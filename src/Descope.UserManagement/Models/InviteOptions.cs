using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// How an invitation is sent (<see cref="IDescopeUserClient.InviteAsync"/>, <see cref="IDescopeUserClient.InviteBatchAsync"/>).
/// A property left <see langword="null"/> is not sent and Descope's project settings decide.
/// </summary>
public sealed record InviteOptions
{
    /// <summary>The link the invitation points to (<c>inviteUrl</c>), when not the one configured in the project.</summary>
    public string? InviteUrl { get; init; }

    /// <summary>Whether to send the invitation by email (<c>sendMail</c>).</summary>
    public bool? SendMail { get; init; }

    /// <summary>Whether to send the invitation by text message (<c>sendSMS</c>).</summary>
    public bool? SendSms { get; init; }

    /// <summary>The message template to use instead of the project's (<c>templateId</c>).</summary>
    public string? TemplateId { get; init; }

    /// <summary>
    /// Variables for the template (<c>templateOptions</c>): a key <c>k1</c> is used in the template as
    /// <c>{{options_k1}}</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? TemplateOptions { get; init; }

    /// <summary>The language of the invitation, e.g. <c>en</c> (<c>locale</c>).</summary>
    public string? Locale { get; init; }
}
