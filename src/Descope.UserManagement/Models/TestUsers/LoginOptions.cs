using System.Collections.Generic;

namespace Descope.UserManagement;

/// <summary>
/// Options for the session a generated test-user code or link signs into (<c>loginOptions</c>). Only the properties
/// you set are sent; with none set the key is left out (docs/wire-contract.md §3.40).
/// </summary>
public sealed record LoginOptions
{
    /// <summary>Whether the login steps up an existing session (<c>stepup</c>).</summary>
    public bool? StepUp { get; init; }

    /// <summary>Whether the login is a second factor (<c>mfa</c>).</summary>
    public bool? Mfa { get; init; }

    /// <summary>
    /// Claims added to the session token (<c>customClaims</c>): null, strings, booleans, finite numbers, a
    /// <see cref="System.Text.Json.JsonElement"/> (any JSON, objects included) or a list of those.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? CustomClaims { get; init; }

    /// <summary>Whether the user's other sessions are revoked (<c>revokeOtherSessions</c>).</summary>
    public bool? RevokeOtherSessions { get; init; }

    /// <summary>Which kinds of other sessions are revoked (<c>revokeOtherSessionsTypes</c>).</summary>
    public IReadOnlyList<string>? RevokeOtherSessionsTypes { get; init; }

    /// <summary>The message template to use (<c>templateId</c>).</summary>
    public string? TemplateId { get; init; }

    /// <summary>Values for the template's placeholders (<c>templateOptions</c>).</summary>
    public IReadOnlyDictionary<string, string>? TemplateOptions { get; init; }

    /// <summary>The language of the message (<c>locale</c>).</summary>
    public string? Locale { get; init; }

    /// <summary>The SSO application the session is for (<c>ssoAppId</c>).</summary>
    public string? SsoAppId { get; init; }

    /// <summary>A PKCE challenge bound to the login (<c>pkceChallenge</c>).</summary>
    public string? PkceChallenge { get; init; }
}
