using Descope.UserManagement.Testing;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>The README's example of seeding authenticators and reading back a test user's code, as a running test.</summary>
public sealed class ReadmeStoreExamples
{
    /// <summary>Code of the kind users write: it sends a test user a code and clears a lost phone's passkeys.</summary>
    private sealed class SupportDesk(IDescopeUserClient users)
    {
        public Task<TestUserOtp> SendCodeAsync(string loginId) => users.GenerateOtpForTestUserAsync(DeliveryMethod.Sms, loginId);

        public Task ResetAuthenticatorsAsync(string loginId) => Task.WhenAll(users.RemoveAllPasskeysAsync(loginId), users.RemoveTotpSeedAsync(loginId));
    }

    [Fact]
    public async Task Seeding_authenticators_and_reading_back_a_code()
    {
        // Store: begin
        using var users = new FakeDescopeUserClient();
        users.Store.Seed(new User { LoginIds = ["tess@example.com"], Test = true });
        users.Store.SeedPasskey("tess@example.com", new Passkey { DisplayName = "Lost phone" });
        users.Store.SeedTotp("tess@example.com");

        var desk = new SupportDesk(users);
        await desk.SendCodeAsync("tess@example.com");
        await desk.ResetAuthenticatorsAsync("tess@example.com");

        Assert.NotNull(users.Store.LastOtpCode("tess@example.com"));   // the code the emulator handed out
        Assert.Empty(users.Store.Passkeys("tess@example.com"));
        Assert.False(users.Store.Find("tess@example.com")!.Totp);
        // Store: end
    }
}
