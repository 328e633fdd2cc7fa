using System.Text.Json;
using System.Text;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Testing;

/// <summary>
/// A code, link or token the emulator issued, kept by <see cref="DescopeUserStore"/> so a test can read it back
/// (<see cref="DescopeUserStore.LastIssued"/>). Like the SDK's own results, its <see cref="object.ToString"/> shows
/// the secrets as <c>&lt;redacted&gt;</c>.
/// </summary>
public sealed record IssuedTestSecret
{
    /// <summary>The operation that issued it.</summary>
    public TestSecretKind Kind { get; init; }

    /// <summary>The login ID (or user ID) as the request named it.</summary>
    public string LoginId { get; init; } = "";

    /// <summary>The user's ID; <see langword="null"/> for a sign-up token whose login ID belongs to nobody yet.</summary>
    public string? UserId { get; init; }

    /// <summary>The delivery method asked for (codes and magic links only).</summary>
    public DeliveryMethod? DeliveryMethod { get; init; }

    /// <summary>What the answer carried: the code, the whole link, or the token.</summary>
    public string Value { get; init; } = "";

    /// <summary>The part that proves it: the code, a link's <c>t</c> parameter, or the token.</summary>
    public string Token { get; init; } = "";

    /// <summary>The enchanted link's pending reference.</summary>
    public string? PendingRef { get; init; }

    /// <summary>Where a link leads: the request's <c>URI</c>, or <see cref="DescopeUserStore.TestLinkRedirectUrl"/>.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>
    /// The custom claims a sign-in embedded link asked for (<c>customClaims</c>), which Descope adds to the session the
    /// token yields; <see langword="null"/> when none were sent.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement>? CustomClaims { get; init; }

    /// <summary>
    /// For a sign-up embedded link, the user the token creates when verified: its login ID, the request's <c>user</c>
    /// details and its <c>emailVerified</c> and <c>phoneVerified</c> flags; <see langword="null"/> for other kinds.
    /// </summary>
    public User? SignUpUser { get; init; }

    /// <summary>When it was issued, by the store's clock.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind)
            .Append(", LoginId = ").Append(LoginId)
            .Append(", UserId = ").Append(UserId)
            .Append(", DeliveryMethod = ").Append(DeliveryMethod)
            .Append(", Value = ").Append(Redaction.Of(Value))
            .Append(", Token = ").Append(Redaction.Of(Token))
            .Append(", PendingRef = ").Append(Redaction.Of(PendingRef))
            .Append(", RedirectUrl = ").Append(RedirectUrl)
            .Append(", CustomClaims = ").Append(CustomClaims is null ? "" : "[" + string.Join(", ", CustomClaims.Keys) + "]")
            .Append(", SignUpUser = ").Append(SignUpUser)
            .Append(", IssuedAt = ").Append(IssuedAt);
        return true;
    }
}
