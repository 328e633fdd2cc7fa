using System.Text;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// An enchanted link generated for a test user, with the reference that polls for the session it opens. Both are
/// secrets: <see cref="object.ToString"/> shows them as <c>&lt;redacted&gt;</c>, and the SDK never logs them.
/// </summary>
public sealed record TestUserEnchantedLink
{
    /// <summary>The login ID the link was generated for (<c>loginId</c>).</summary>
    public string LoginId { get; init; } = "";

    /// <summary>The link (<c>link</c>).</summary>
    public string Link { get; init; } = "";

    /// <summary>The pending reference to poll with until the link is used (<c>pendingRef</c>).</summary>
    public string PendingRef { get; init; } = "";

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("LoginId = ").Append(LoginId)
            .Append(", Link = ").Append(Redaction.Of(Link))
            .Append(", PendingRef = ").Append(Redaction.Of(PendingRef));
        return true;
    }
}
