using System;
using System.Text;

namespace Descope.UserManagement;

/// <summary>
/// One new user of <see cref="IDescopeUserClient.CreateBatchAsync"/> or <see cref="IDescopeUserClient.InviteBatchAsync"/>:
/// the user's fields, naming the user, plus what an import carries (a password or its hash, a TOTP seed, the status,
/// the original creation time).
/// </summary>
/// <remarks>
/// A property left <see langword="null"/> is not sent. <see cref="Password"/>, <see cref="HashedPassword"/> and
/// <see cref="Seed"/> are secrets: <see cref="object.ToString"/> shows them as <c>&lt;redacted&gt;</c>, and no
/// exception or log line of the SDK shows them.
/// </remarks>
public sealed record BatchUserCreate : UserDetails
{
    /// <summary>Creates a new user with login ID <paramref name="loginId"/>.</summary>
    /// <param name="loginId">The new user's login ID; with <see cref="IDescopeUserClient.InviteBatchAsync"/>, an existing user's ID re-invites that user.</param>
    public BatchUserCreate(string loginId) => LoginId = loginId;

    /// <summary>The new user's login ID (<c>loginId</c>).</summary>
    public string LoginId { get; init; }

    /// <summary>Whether the user is a test user (<c>test</c>).</summary>
    public bool? Test { get; init; }

    /// <summary>An initial password in clear (<c>password</c>); the project's password policy applies. Not with <see cref="HashedPassword"/>.</summary>
    public string? Password { get; init; }

    /// <summary>A password imported as a hash (<c>hashedPassword</c>). Not with <see cref="Password"/>.</summary>
    public HashedPassword? HashedPassword { get; init; }

    /// <summary>A TOTP seed to import, so the user's authenticator app keeps working (<c>seed</c>).</summary>
    public string? Seed { get; init; }

    /// <summary>
    /// The status to create the user with (<c>status</c>): <see cref="UserStatus.Enabled"/>, <see cref="UserStatus.Disabled"/>,
    /// <see cref="UserStatus.Invited"/> or <see cref="UserStatus.Expired"/>; Descope's default when <see langword="null"/>.
    /// </summary>
    public UserStatus? Status { get; init; }

    /// <summary>The user's original creation time, for an import (<c>createdTime</c>, sent in Unix seconds).</summary>
    public DateTimeOffset? CreatedTime { get; init; }

    /// <summary>Writes the members for <see cref="object.ToString"/>, the secrets as <c>&lt;redacted&gt;</c>.</summary>
    /// <param name="builder">The text being built.</param>
    /// <returns><see langword="true"/>: members were written.</returns>
    protected override bool PrintMembers(StringBuilder builder)
    {
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append("LoginId = ").Append(LoginId)
            .Append(", Test = ").Append(Test)
            .Append(", Password = ").Append(Password is null ? "" : "<redacted>")
            .Append(", HashedPassword = ").Append(HashedPassword is null ? "" : "<redacted>")
            .Append(", Seed = ").Append(Seed is null ? "" : "<redacted>")
            .Append(", Status = ").Append(Status)
            .Append(", CreatedTime = ").Append(CreatedTime);
        return true;
    }
}
