using System.Text.Json.Serialization;

namespace Descope.UserManagement.Testing.Control;

/// <summary>The answer of <c>GET /emulator/invitations</c>: every invitation sent, oldest first.</summary>
internal sealed class InvitationsAnswer
{
    [JsonPropertyName("invitations")] public List<InvitationView> Invitations { get; set; } = [];
}

/// <summary>One invitation as the control API shows it (<see cref="RecordedInvitation"/>).</summary>
internal sealed class InvitationView
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("userId")] public string UserId { get; set; } = "";
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("inviteUrl")] public string? InviteUrl { get; set; }
    [JsonPropertyName("templateId")] public string? TemplateId { get; set; }
    [JsonPropertyName("templateOptions")] public IReadOnlyDictionary<string, string>? TemplateOptions { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("sentAt")] public DateTimeOffset SentAt { get; set; }
}

/// <summary>
/// The answer of <c>GET /emulator/secrets</c>: the codes, links and tokens the emulator issued to test users, oldest
/// first. These are what the test asked the emulator for, so the control API hands them back; nothing logs them.
/// </summary>
internal sealed class SecretsAnswer
{
    [JsonPropertyName("secrets")] public List<SecretView> Secrets { get; set; } = [];
}

/// <summary>One issued code, link or token (<see cref="IssuedTestSecret"/>).</summary>
internal sealed class SecretView
{
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("deliveryMethod")] public string? DeliveryMethod { get; set; }
    [JsonPropertyName("value")] public string Value { get; set; } = "";
    [JsonPropertyName("token")] public string Token { get; set; } = "";
    [JsonPropertyName("pendingRef")] public string? PendingRef { get; set; }
    [JsonPropertyName("redirectUrl")] public string? RedirectUrl { get; set; }
    [JsonPropertyName("customClaims")] public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? CustomClaims { get; set; }
    [JsonPropertyName("signUpUser")] public SignUpUserView? SignUpUser { get; set; }
    [JsonPropertyName("issuedAt")] public DateTimeOffset IssuedAt { get; set; }
}

/// <summary>The user a sign-up embedded link creates when verified (<see cref="IssuedTestSecret.SignUpUser"/>).</summary>
internal sealed class SignUpUserView
{
    [JsonPropertyName("loginId")] public string LoginId { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("givenName")] public string? GivenName { get; set; }
    [JsonPropertyName("middleName")] public string? MiddleName { get; set; }
    [JsonPropertyName("familyName")] public string? FamilyName { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("emailVerified")] public bool? EmailVerified { get; set; }
    [JsonPropertyName("phoneVerified")] public bool? PhoneVerified { get; set; }
}

/// <summary>The answer of <c>GET /emulator/logouts</c>: every logout, oldest first.</summary>
internal sealed class LogoutsAnswer
{
    [JsonPropertyName("logouts")] public List<LogoutView> Logouts { get; set; } = [];
}

/// <summary>One logout (<see cref="RecordedLogout"/>); no session types means every session of the user.</summary>
internal sealed class LogoutView
{
    [JsonPropertyName("userId")] public string UserId { get; set; } = "";
    [JsonPropertyName("sessionTypes")] public IReadOnlyList<string>? SessionTypes { get; set; }
    [JsonPropertyName("at")] public DateTimeOffset At { get; set; }
}

/// <summary>
/// The answer of <c>GET /emulator/passwords/{loginIdOrUserId}</c>: the state of the user's password only
/// (<c>none</c>, <c>temporary</c>, <c>active</c> or <c>expired</c>), never the password or its hash.
/// </summary>
internal sealed class PasswordAnswer
{
    [JsonPropertyName("userId")] public string UserId { get; set; } = "";
    [JsonPropertyName("state")] public string State { get; set; } = "none";
}

/// <summary>The answer of <c>GET /emulator/recovery/{loginIdOrUserId}</c>: the user's recovery email and phone.</summary>
internal sealed class RecoveryAnswer
{
    [JsonPropertyName("userId")] public string UserId { get; set; } = "";
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("emailVerified")] public bool EmailVerified { get; set; }
    [JsonPropertyName("phone")] public string? Phone { get; set; }
    [JsonPropertyName("phoneVerified")] public bool PhoneVerified { get; set; }
}
