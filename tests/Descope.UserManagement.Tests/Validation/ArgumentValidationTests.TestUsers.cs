namespace Descope.UserManagement.Tests.Validation;

// The cases of the test-user generators and embedded links.
public sealed partial class ArgumentValidationTests
{
    private static void AddTestUserCalls(TheoryData<InvalidCall> data)
    {
        foreach (var (label, bad) in new[] { ("null", (string?)null), ("empty", ""), ("blank", "  \t") })
        {
            var id = bad!;
            data.Add(new($"GenerateOtpForTestUser, {label} loginId", c => c.GenerateOtpForTestUserAsync(DeliveryMethod.Email, id), "loginId"));
            data.Add(new($"GenerateMagicLinkForTestUser, {label} loginId", c => c.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, id), "loginId"));
            data.Add(new($"GenerateEnchantedLinkForTestUser, {label} loginId", c => c.GenerateEnchantedLinkForTestUserAsync(id), "loginId"));
            data.Add(new($"GenerateEmbeddedLink, {label} loginId", c => c.GenerateEmbeddedLinkAsync(id), "loginId"));
            data.Add(new($"GenerateSignUpEmbeddedLink, {label} loginId", c => c.GenerateSignUpEmbeddedLinkAsync(id), "loginId"));
            if (bad is not null)
            {
                data.Add(new($"GenerateMagicLinkForTestUser, {label} redirectUrl", c => c.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Sms, "tess", id), "redirectUrl"));
                data.Add(new($"GenerateEnchantedLinkForTestUser, {label} redirectUrl", c => c.GenerateEnchantedLinkForTestUserAsync("tess", id), "redirectUrl"));
                data.Add(new($"GenerateOtpForTestUser, {label} revoke-session type", c =>
                    c.GenerateOtpForTestUserAsync(DeliveryMethod.Sms, "tess", new LoginOptions { RevokeOtherSessionsTypes = [id] }), "loginOptions"));
            }
        }

        data.Add(new("GenerateOtpForTestUser, undefined delivery method", c => c.GenerateOtpForTestUserAsync((DeliveryMethod)9, "tess"), "deliveryMethod"));
        data.Add(new("GenerateMagicLinkForTestUser, undefined delivery method", c => c.GenerateMagicLinkForTestUserAsync((DeliveryMethod)(-1), "tess"), "deliveryMethod"));
        data.Add(new("GenerateOtpForTestUser, an unsupported claim value", c =>
            c.GenerateOtpForTestUserAsync(DeliveryMethod.Email, "tess", new LoginOptions { CustomClaims = new Dictionary<string, object?> { ["when"] = DateTime.UtcNow } }), "loginOptions"));
        data.Add(new("GenerateEnchantedLinkForTestUser, an empty claim key", c =>
            c.GenerateEnchantedLinkForTestUserAsync("tess", null, new LoginOptions { CustomClaims = new Dictionary<string, object?> { [""] = 1 } }), "loginOptions"));
        data.Add(new("GenerateMagicLinkForTestUser, a null template option", c =>
            c.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, "tess", null, new LoginOptions { TemplateOptions = new Dictionary<string, string> { ["k"] = null! } }), "loginOptions"));
        data.Add(new("GenerateEmbeddedLink, a NaN claim", c => c.GenerateEmbeddedLinkAsync("alice", new Dictionary<string, object?> { ["x"] = double.NaN }), "customClaims"));
        data.Add(new("GenerateEmbeddedLink, a zero timeout", c => c.GenerateEmbeddedLinkAsync("alice", timeout: TimeSpan.Zero), "timeout"));
        data.Add(new("GenerateEmbeddedLink, a negative timeout", c => c.GenerateEmbeddedLinkAsync("alice", timeout: TimeSpan.FromSeconds(-5)), "timeout"));
        data.Add(new("GenerateSignUpEmbeddedLink, a timeout past int seconds", c =>
            c.GenerateSignUpEmbeddedLinkAsync("bob", new EmbeddedSignUpOptions { Timeout = TimeSpan.FromDays(30_000) }), "options"));
        data.Add(new("GenerateSignUpEmbeddedLink, a login option claim that cannot be sent", c =>
            c.GenerateSignUpEmbeddedLinkAsync("bob", new EmbeddedSignUpOptions { LoginOptions = new LoginOptions { CustomClaims = new Dictionary<string, object?> { ["o"] = new object() } } }), "options"));
    }
}
