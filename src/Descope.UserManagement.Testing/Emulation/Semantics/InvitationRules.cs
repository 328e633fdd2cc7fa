using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing.Emulation.Semantics;

/// <summary>
/// How the emulated Descope sends an invitation. <c>sendMail</c> / <c>sendSMS</c> set to true send by that channel
/// (and fail when the user has no address for it); set to false, they do not. Left out, the project's default applies,
/// which the emulator takes as: by email when the user has one, else by SMS when the user has a phone. The address is
/// the user's email or phone, or the login ID when it is one. An invitation that can reach nobody fails with
/// <c>E011003</c>, before anything is stored; one with both channels turned off sends nothing.
/// </summary>
internal static class InvitationRules
{
    /// <summary>The invitation keys of a create or batch-create body.</summary>
    public static Invitation? Read(WireReader reader) =>
        reader.Bool("invite") == true
            ? new Invitation(reader.String("inviteUrl"), reader.Bool("sendMail"), reader.Bool("sendSMS"), reader.String("templateId"), reader.StringMap("templateOptions"), reader.String("locale"))
            : null;

    /// <summary>What to record for inviting <paramref name="user"/>, or <see langword="null"/> when nothing is sent.</summary>
    public static RecordedInvitation? Plan(string operation, Invitation invitation, string loginId, User user, DateTimeOffset now)
    {
        var email = !string.IsNullOrEmpty(user.Email) ? user.Email : loginId.Contains('@', StringComparison.Ordinal) ? loginId : null;
        var phone = !string.IsNullOrEmpty(user.Phone) ? user.Phone : IsPhone(loginId) ? loginId : null;
        var byEmail = invitation.SendMail switch
        {
            true => email ?? throw EmulatedErrors.Invalid(operation, $"sendMail is true but '{loginId}' has no email to send the invitation to."),
            false => null,
            null => email,
        };
        var bySms = invitation.SendSms switch
        {
            true => phone ?? throw EmulatedErrors.Invalid(operation, $"sendSMS is true but '{loginId}' has no phone to send the invitation to."),
            false => null,
            null => byEmail is null ? phone : null,
        };
        if (byEmail is null && bySms is null)
        {
            return invitation is { SendMail: false, SendSms: false }
                ? null
                : throw EmulatedErrors.Invalid(operation, $"The invitation cannot reach '{loginId}': the user has no email or phone.");
        }

        return new RecordedInvitation
        {
            LoginId = loginId,
            UserId = user.UserId!,
            Email = byEmail,
            Phone = bySms,
            InviteUrl = invitation.InviteUrl,
            TemplateId = invitation.TemplateId,
            TemplateOptions = invitation.TemplateOptions,
            Locale = invitation.Locale,
            SentAt = now,
        };
    }

    private static bool IsPhone(string loginId) => loginId.Length > 1 && loginId[0] == '+' && loginId.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The invitation options a request carried with <c>invite: true</c>.</summary>
    internal sealed record Invitation(
        string? InviteUrl, bool? SendMail, bool? SendSms, string? TemplateId, IReadOnlyDictionary<string, string>? TemplateOptions, string? Locale);
}
