using System.Net;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Passkeys, TOTP, recovery codes, trusted devices, provider tokens and history over what a test seeded.</summary>
public sealed class AuthenticatorSemanticsTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Passkeys_are_listed_removed_one_by_one_or_all_and_the_webauthn_flag_follows()
    {
        using var users = new FakeDescopeUserClient(new DescopeUserStore(new FakeTimeProvider(Start)));
        TestClients.SeedAlice(users.Store);
        var laptop = users.Store.SeedPasskey("alice", new Passkey { Id = "cred-laptop", DisplayName = "Laptop", Kind = "platform" });
        var phone = users.Store.SeedPasskey("alice");
        users.Store.SeedPasskey("alice");

        var listed = await users.ListPasskeysAsync(TestClients.AliceUserId);
        await users.RemovePasskeyAsync("alice", "cred-laptop");
        await users.RemovePasskeyAsync("alice", "no-such-credential");
        var afterOne = await users.ListPasskeysAsync("alice");
        var flagWhileSomeLeft = users.Store.Find("alice")!.WebAuthn;
        await users.RemoveAllPasskeysAsync("alice");

        listed.Should().HaveCount(3);
        listed[0].Should().Be(laptop with { RpId = "localhost", CreatedTime = Start });
        afterOne.Select(p => p.Id).Should().Equal(phone.Id, listed[2].Id);
        flagWhileSomeLeft.Should().BeTrue();
        (await users.ListPasskeysAsync("alice")).Should().BeEmpty();
        users.Store.Passkeys("alice").Should().BeEmpty();
        users.Store.Find("alice")!.WebAuthn.Should().BeFalse();
    }

    [Fact]
    public async Task TOTP_and_recovery_codes_are_removed_and_removing_again_succeeds()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        users.Store.SeedTotp("alice").Totp.Should().BeTrue();
        users.Store.SeedRecoveryCodes("alice");
        users.Store.HasRecoveryCodes("alice").Should().BeTrue();

        await users.RemoveTotpSeedAsync("alice");
        await users.RemoveRecoveryCodesAsync("alice@example.com");
        await users.RemoveTotpSeedAsync("alice");
        await users.RemoveRecoveryCodesAsync("alice");

        users.Store.Find("alice")!.Totp.Should().BeFalse();
        users.Store.HasRecoveryCodes("alice").Should().BeFalse();
    }

    [Fact]
    public async Task Every_authenticator_call_for_an_unknown_user_is_not_found()
    {
        using var users = new FakeDescopeUserClient();

        await users.Awaiting(u => u.ListPasskeysAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.RemovePasskeyAsync("ghost", "c")).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.RemoveAllPasskeysAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.RemoveTotpSeedAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.RemoveRecoveryCodesAsync("ghost")).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.ListTrustedDevicesAsync(["ghost"])).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.RemoveTrustedDevicesAsync("ghost", ["d"])).Should().ThrowAsync<DescopeNotFoundException>();
        await users.Awaiting(u => u.GetProviderTokenAsync("ghost", "google")).Should().ThrowAsync<DescopeNotFoundException>();
    }

    [Fact]
    public async Task Trusted_devices_of_several_users_come_back_over_http_with_their_times_and_owners_and_are_removed_by_ID()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var bob = emulator.Store.Seed("bob@example.com");
        var laptop = emulator.Store.SeedTrustedDevice("alice", new TrustedDevice
        {
            Id = "laptop", Name = "Laptop", DeviceType = "desktop", LastLocation = "Paris",
            LastLoginTime = Start, ExpirationTime = Start.AddDays(14),
        });
        var tablet = emulator.Store.SeedTrustedDevice("alice");
        var bobsPhone = emulator.Store.SeedTrustedDevice("bob@example.com", new TrustedDevice { Id = "phone" });
        using var client = TestClients.For(emulator);

        var listed = await client.ListTrustedDevicesAsync(["alice@example.com", bob.UserId!, "alice"]);
        await client.RemoveTrustedDevicesAsync("alice", ["laptop", "unknown"]);

        listed.Should().Equal(laptop with { UserId = TestClients.AliceUserId }, tablet, bobsPhone with { UserId = bob.UserId });
        bobsPhone.ExpirationTime.Should().Be(bobsPhone.LastLoginTime!.Value.AddDays(30));
        (await client.ListTrustedDevicesAsync(["alice"])).Should().Equal(tablet);
        emulator.Store.TrustedDevices("bob@example.com").Should().Equal(bobsPhone);
    }

    [Fact]
    public async Task A_provider_token_comes_without_its_refresh_token_unless_asked_and_a_forced_refresh_issues_a_new_access_token()
    {
        var clock = new FakeTimeProvider(Start);
        using var users = new FakeDescopeUserClient(new DescopeUserStore(clock));
        TestClients.SeedAlice(users.Store);
        var seeded = users.Store.SeedProviderToken("alice", new ProviderToken
        {
            Provider = "google", ProviderUserId = "g-1", AccessToken = "ya29.first", RefreshToken = "1//refresh", Scopes = ["email"],
        });

        var plain = await users.GetProviderTokenAsync("alice", "Google");
        var withRefresh = await users.GetProviderTokenAsync("alice", "google", new ProviderTokenOptions { WithRefreshToken = true });
        clock.Advance(TimeSpan.FromMinutes(10));
        var refreshed = await users.GetProviderTokenAsync("alice", "google", new ProviderTokenOptions { ForceRefresh = true });

        seeded.Expiration.Should().Be(Start.AddHours(1));
        plain.Should().BeEquivalentTo(seeded with { RefreshToken = null }, options => options.ComparingRecordsByMembers());
        withRefresh.Should().BeEquivalentTo(seeded, options => options.ComparingRecordsByMembers());
        refreshed.AccessToken.Should().NotBe("ya29.first");
        refreshed.RefreshToken.Should().BeNull();
        refreshed.Expiration.Should().Be(Start.AddMinutes(10).AddHours(1));
        users.Store.FindProviderToken("alice", "google")!.AccessToken.Should().Be(refreshed.AccessToken);
        users.Store.Find("alice")!.OAuth.Should().Contain("google", true);
    }

    [Fact]
    public async Task A_user_without_a_token_from_the_provider_gets_E011003()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        var error = await users.Awaiting(u => u.GetProviderTokenAsync("alice", "github")).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.Which.ErrorCode.Should().Be("E011003");
    }

    [Fact]
    public async Task History_lists_the_logins_of_the_given_user_IDs_in_the_order_recorded()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var bob = emulator.Store.Seed("bob@example.com");
        var first = emulator.Store.SeedLogin("alice", new LoginHistoryEntry { City = "Paris", Country = "FR", Ip = "192.0.2.1", LoginTime = Start });
        emulator.Store.SeedLogin("bob@example.com", new LoginHistoryEntry { LoginTime = Start.AddMinutes(1) });
        var second = emulator.Store.SeedLogin(TestClients.AliceUserId, new LoginHistoryEntry { LoginTime = Start.AddMinutes(2), SelectedTenant = "T1" });
        using var client = TestClients.For(emulator);

        var history = await client.GetHistoryAsync([TestClients.AliceUserId, "U-nobody"]);

        history.Should().Equal(first, second);
        first.UserId.Should().Be(TestClients.AliceUserId);
        emulator.Store.History([bob.UserId!]).Should().ContainSingle();
    }

    [Fact]
    public async Task Deleting_a_user_forgets_its_authenticators_devices_tokens_and_history()
    {
        using var users = new FakeDescopeUserClient();
        var alice = TestClients.SeedAlice(users.Store);
        users.Store.SeedPasskey("alice");
        users.Store.SeedTrustedDevice("alice");
        users.Store.SeedProviderToken("alice", new ProviderToken { Provider = "google" });
        users.Store.SeedLogin("alice");

        await users.DeleteAsync("alice");
        users.Store.Seed(alice with { WebAuthn = false, OAuth = null });

        users.Store.Passkeys("alice").Should().BeEmpty();
        users.Store.TrustedDevices("alice").Should().BeEmpty();
        users.Store.FindProviderToken("alice", "google").Should().BeNull();
        users.Store.History([alice.UserId!]).Should().BeEmpty();
    }

    [Fact]
    public void Seeding_for_an_unknown_user_is_an_argument_error()
    {
        var store = new DescopeUserStore();

        store.Invoking(s => s.SeedPasskey("ghost")).Should().Throw<ArgumentException>().WithParameterName("loginIdOrUserId");
        store.Invoking(s => s.SeedProviderToken("ghost", new ProviderToken { Provider = "google" })).Should().Throw<ArgumentException>();
        store.Invoking(s => s.SeedLogin("ghost")).Should().Throw<ArgumentException>();
        store.Invoking(s => s.SeedProviderToken("ghost", new ProviderToken())).Should().Throw<ArgumentException>().WithParameterName("token");
    }
}
