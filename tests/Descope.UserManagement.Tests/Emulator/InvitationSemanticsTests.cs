using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>Invitations as the emulator and the fake send them: recorded in the store for a test to assert on.</summary>
public sealed class InvitationSemanticsTests
{
    [Fact]
    public async Task An_invite_creates_an_invited_user_and_records_to_whom_how_and_with_which_link_and_template()
    {
        using var users = new FakeDescopeUserClient();

        var user = await users.InviteAsync("carol", new UserCreate { Email = "carol@example.com", Name = "Carol" }, new InviteOptions
        {
            InviteUrl = "https://app.example.com/join", TemplateId = "welcome-v2", TemplateOptions = new Dictionary<string, string> { ["team"] = "Analytics" }, Locale = "fr",
        });

        user.Status.Should().Be(UserStatus.Invited);
        var invitation = users.Store.Invitations.Should().ContainSingle().Subject;
        invitation.LoginId.Should().Be("carol");
        invitation.UserId.Should().Be(user.UserId);
        invitation.Email.Should().Be("carol@example.com");
        invitation.ByEmail.Should().BeTrue();
        invitation.BySms.Should().BeFalse();
        invitation.InviteUrl.Should().Be("https://app.example.com/join");
        invitation.TemplateId.Should().Be("welcome-v2");
        invitation.TemplateOptions.Should().Equal(new Dictionary<string, string> { ["team"] = "Analytics" });
        invitation.Locale.Should().Be("fr");
    }

    [Fact]
    public async Task The_channel_follows_sendMail_and_sendSMS_and_the_login_id_can_be_the_address()
    {
        using var users = new FakeDescopeUserClient();

        await users.InviteAsync("+12025550100", new UserCreate());
        await users.InviteAsync("dave@example.com", new UserCreate { Phone = "+12025550101" }, new InviteOptions { SendMail = false, SendSms = true });
        await users.InviteAsync("erin@example.com", new UserCreate { Phone = "+12025550102" }, new InviteOptions { SendSms = true });
        await users.InviteAsync("quiet@example.com", new UserCreate(), new InviteOptions { SendMail = false, SendSms = false });

        users.Store.Invitations.Select(i => (i.LoginId, i.Email, i.Phone)).Should().Equal(
            ("+12025550100", null, "+12025550100"),
            ("dave@example.com", null, "+12025550101"),
            ("erin@example.com", "erin@example.com", "+12025550102"));
        users.Store.Find("quiet@example.com")!.Status.Should().Be(UserStatus.Invited, "the user is created; only nothing was sent");
    }

    [Fact]
    public async Task An_invitation_that_can_reach_nobody_fails_and_creates_no_user()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var noAddress = await client.Awaiting(c => c.InviteAsync("frank", new UserCreate())).Should().ThrowAsync<DescopeApiException>();
        var noPhone = await client.Awaiting(c => c.InviteAsync("gina@example.com", new UserCreate(), new InviteOptions { SendSms = true })).Should().ThrowAsync<DescopeApiException>();

        noAddress.Which.ErrorCode.Should().Be("E011003");
        noPhone.Which.ErrorCode.Should().Be("E011003");
        emulator.Store.Users.Should().BeEmpty();
        emulator.Store.Invitations.Should().BeEmpty();
    }

    [Fact]
    public async Task Inviting_by_user_id_invites_the_existing_user_again_and_a_taken_login_id_is_refused()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);

        var again = await users.InviteAsync(TestClients.AliceUserId, new UserCreate());
        var taken = await users.Awaiting(u => u.InviteAsync("alice", new UserCreate())).Should().ThrowAsync<DescopeApiException>();

        again.LoginIds.Should().Equal("alice", "alice@example.com");
        users.Store.Users.Should().ContainSingle();
        users.Store.Invitations.Should().ContainSingle().Which.Should().Match<RecordedInvitation>(i => i.UserId == TestClients.AliceUserId && i.Email == "alice@example.com");
        taken.Which.ErrorCode.Should().Be("E062107");
    }

    [Fact]
    public async Task A_create_with_invite_true_is_an_invitation_and_one_without_sends_none()
    {
        using var users = new FakeDescopeUserClient();

        await users.CreateAsync("hal@example.com", new UserCreate { Invite = true, InviteUrl = "https://app.example.com" });
        await users.CreateAsync("ida@example.com", new UserCreate { Email = "ida@example.com" });

        users.Store.Invitations.Should().ContainSingle().Which.InviteUrl.Should().Be("https://app.example.com");
    }

    [Fact]
    public async Task A_batch_invite_invites_every_created_user_and_fails_a_taken_login_id_with_the_reason()
    {
        using var users = new FakeDescopeUserClient();
        TestClients.SeedAlice(users.Store);
        var bob = users.Store.Seed("bob", email: "bob@example.com");

        var result = await users.InviteBatchAsync(
            [new BatchUserCreate("a@example.com"), new BatchUserCreate("ALICE"), new BatchUserCreate("+12025550100"), new BatchUserCreate(bob.UserId!)],
            new InviteOptions { TemplateId = "bulk" });

        result.CreatedUsers.SelectMany(u => u.LoginIds!).Should().Equal("a@example.com", "+12025550100", "bob");
        result.FailedUsers.Should().ContainSingle().Which.Should().Match<BatchCreateFailure>(f => f.LoginId == "ALICE" && f.Failure.Contains("already a login ID"));
        users.Store.Invitations.Select(i => (i.LoginId, i.Email, i.TemplateId)).Should().Equal(
            ("a@example.com", "a@example.com", "bulk"), ("+12025550100", null, "bulk"), (bob.UserId!, "bob@example.com", "bulk"));
        users.Store.Find("a@example.com")!.Status.Should().Be(UserStatus.Invited);
    }
}
