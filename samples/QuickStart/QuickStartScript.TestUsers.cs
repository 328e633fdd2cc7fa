using Descope.UserManagement;

namespace QuickStart;

// Test users and embedded links: each secret is checked for its shape and never printed.
internal sealed partial class QuickStartScript
{
    private async Task TestUserStepsAsync(string loginId, string suffix)
    {
        await CheckOnceAsync("GenerateOtpForTestUser", async () =>
        {
            var otp = await users.GenerateOtpForTestUserAsync(DeliveryMethod.Email, loginId);
            return (otp.Code.Length > 0 && otp.LoginId == loginId, $"a code of {otp.Code.Length} characters for {otp.LoginId}");
        });
        await CheckOnceAsync("GenerateMagicLinkForTestUser", async () =>
        {
            var link = await users.GenerateMagicLinkForTestUserAsync(DeliveryMethod.Email, loginId, "https://localhost/verify");
            return (link.Link.Contains("t=", StringComparison.Ordinal), "a link carrying its token as t");
        });
        await CheckOnceAsync("GenerateEnchantedLinkForTestUser", async () =>
        {
            var link = await users.GenerateEnchantedLinkForTestUserAsync(loginId);
            return (link.Link.Length > 0 && link.PendingRef.Length > 0, "a link and a pending reference to poll with");
        });

        // Embedded links must be switched on in a Descope project; the emulator always serves them.
        await CheckOnceAsync("GenerateEmbeddedLink", async () =>
        {
            var token = await users.GenerateEmbeddedLinkAsync(loginId, new Dictionary<string, object?> { ["quickstart"] = true }, TimeSpan.FromMinutes(5));
            return (token.Token.Length > 0, $"a token for {token.MaskedEmail ?? "the user"}");
        }, skipWhenRefused: !settings.Emulated);
        await CheckOnceAsync("GenerateSignUpEmbeddedLink", async () =>
        {
            var token = await users.GenerateSignUpEmbeddedLinkAsync($"babbage-{suffix}@example.com", new EmbeddedSignUpOptions { Name = "Charles Babbage" });
            return (token.Token.Length > 0, "a sign-up token for a login ID nobody has yet");
        }, skipWhenRefused: !settings.Emulated);

        await CheckOnceAsync("README test users", async () =>
        {
            var signedIn = await ReadmeTestUserExample.SignInOnceAsync(users, $"tester-{suffix}@example.com", settings.SignInAsync);
            return (signedIn, signedIn ? "a fresh test user signed in with its code and was deleted" : "the code did not sign the test user in");
        });
    }

    /// <summary>
    /// One checked call. With <paramref name="skipWhenRefused"/>, Descope refusing the call (a project setting that is
    /// off) prints a skip line instead of a failure.
    /// </summary>
    private async Task CheckOnceAsync(string operation, Func<Task<(bool Ok, string Detail)>> check, bool skipWhenRefused = false)
    {
        try
        {
            var (ok, detail) = await check();
            Report(operation, ok, detail);
        }
        catch (DescopeApiException error) when (skipWhenRefused && error is not DescopeRateLimitException)
        {
            output.WriteLine($"skip {operation}: Descope answered {error.ErrorCode} ({error.ErrorDescription}); the project may have this feature off");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Report(operation, false, $"{error.GetType().Name}: {error.Message}");
        }
    }
}
