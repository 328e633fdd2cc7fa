using System.Text;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// The token of an embedded link, to verify with Descope's magic-link verify endpoint or inside a flow. The token is a
/// secret: <see cref="object.ToString"/> shows it as <c>&lt;redacted&gt;</c>, and the SDK never logs it.
/// </summary>
public sealed record EmbeddedLinkToken
{
    /// <summary>The token (<c>token</c>).</summary>
    public string Token { get; init; } = "";

    /// <summary>The user's email, masked, when Descope sends it (<c>maskedEmail</c>; sign-in only).</summary>
    public string? MaskedEmail { get; init; }

    /// <summary>The user's phone, masked, when Descope sends it (<c>maskedPhone</c>; sign-in only).</summary>
    public string? MaskedPhone { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Token = ").Append(Redaction.Of(Token))
            .Append(", MaskedEmail = ").Append(MaskedEmail)
            .Append(", MaskedPhone = ").Append(MaskedPhone);
        return true;
    }
}
