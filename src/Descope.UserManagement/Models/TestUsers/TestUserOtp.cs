using System.Text;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

/// <summary>
/// A one-time code generated for a test user. The code is a secret: <see cref="object.ToString"/> shows it as
/// <c>&lt;redacted&gt;</c>, and the SDK never logs it.
/// </summary>
public sealed record TestUserOtp
{
    /// <summary>The login ID the code was generated for (<c>loginId</c>).</summary>
    public string LoginId { get; init; } = "";

    /// <summary>The code, to verify through Descope's OTP verify endpoint or a flow (<c>code</c>).</summary>
    public string Code { get; init; } = "";

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("LoginId = ").Append(LoginId).Append(", Code = ").Append(Redaction.Of(Code));
        return true;
    }
}
