using System.Text;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// A magic link generated for a test user; the token is its query parameter <c>t</c>. The link is a secret:
/// <see cref="object.ToString"/> shows it as <c>&lt;redacted&gt;</c>, and the SDK never logs it.
/// </summary>
public sealed record TestUserMagicLink
{
    /// <summary>The login ID the link was generated for (<c>loginId</c>).</summary>
    public string LoginId { get; init; } = "";

    /// <summary>The link (<c>link</c>).</summary>
    public string Link { get; init; } = "";

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("LoginId = ").Append(LoginId).Append(", Link = ").Append(Redaction.Of(Link));
        return true;
    }
}
