using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// Load, LoadByUserId, Create, CreateTestUser, the deletes and the logouts: the exact request and what the client
/// returns.
/// </summary>
public sealed class LifecycleWireTests : WireTest
{
    private const string LoadPath = "/v1/mgmt/user";

    public static TheoryData<WireCase> Cases => new()
    {
        WireCase.ForUser("Load", "a GET with the login ID in the query and no body", c => c.LoadAsync("alice"),
            "GET", LoadPath, body: null) with { Query = "?loginId=alice" },
        WireCase.ForUser("Load", "the login ID is escaped in the query", c => c.LoadAsync("alice@example.com"),
            "GET", LoadPath, body: null) with { Query = "?loginId=alice%40example.com" },
        WireCase.ForUser("LoadByUserId", "queries userId and returns the user's login IDs", c => c.LoadByUserIdAsync("U2aAc4T2V93bddihGEx2Ryhc8e5Z"),
            "GET", LoadPath, body: null) with
        {
            Query = "?userId=U2aAc4T2V93bddihGEx2Ryhc8e5Z",
            Answer = AnsweredUsers.Answer("""{"loginIds":["alice","alice@example.com"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z"}"""),
            Returned = result => result.Should().BeOfType<User>().Which.LoginIds.Should().Equal("alice", "alice@example.com"),
        },
        WireCase.ForUser("Create", "minimal, sends only the login ID and returns the invited user", c => c.CreateAsync("carol", new UserCreate()),
            "POST", "/v1/mgmt/user/create", """{"loginId":"carol"}""") with
        {
            Answer = AnsweredUsers.Answer("""{"loginIds":["carol"],"userId":"U3","status":"invited"}"""),
            Returned = result =>
            {
                var user = result.Should().BeOfType<User>().Subject;
                user.LoginIds.Should().Equal("carol");
                user.Status.Should().Be(UserStatus.Invited);
            },
        },
        WireCase.ForUser("Create", "full, sends the fields and the invite options",
            c => c.CreateAsync("carol", new UserCreate
            {
                Email = "carol@example.com", VerifiedEmail = true, Name = "Carol", RoleNames = ["viewer"],
                UserTenants = [new TenantRoles("T1", ["admin"])], Invite = true, InviteUrl = "https://app.example.com/invite", SendMail = true, SendSms = false,
            }),
            "POST", "/v1/mgmt/user/create", WireJson.Compact("""
                {"loginId":"carol","email":"carol@example.com","name":"Carol","verifiedEmail":true,"roleNames":["viewer"],
                 "userTenants":[{"tenantId":"T1","roleNames":["admin"]}],
                 "invite":true,"inviteUrl":"https://app.example.com/invite","sendMail":true,"sendSMS":false}
                """)),
        WireCase.ForUser("Invite", "minimal, the create path with invite true and nothing else", c => c.InviteAsync("carol@example.com", new UserCreate()),
            "POST", "/v1/mgmt/user/create", """{"loginId":"carol@example.com","invite":true}""") with
        {
            Answer = AnsweredUsers.Answer("""{"loginIds":["carol@example.com"],"userId":"U3","status":"invited"}"""),
            Returned = result => result.Should().BeOfType<User>().Which.Status.Should().Be(UserStatus.Invited),
        },
        WireCase.ForUser("Invite", "full, the user's fields then every invitation option",
            c => c.InviteAsync("carol", new UserCreate { Email = "carol@example.com", Phone = "+12025550123", Name = "Carol", RoleNames = ["viewer"] }, new InviteOptions
            {
                InviteUrl = "https://app.example.com/join", SendMail = true, SendSms = false, TemplateId = "welcome-v2",
                TemplateOptions = new Dictionary<string, string> { ["team"] = "Analytics", ["inviter"] = "Ada" }, Locale = "fr",
            }),
            "POST", "/v1/mgmt/user/create", WireJson.Compact("""
                {"loginId":"carol","email":"carol@example.com","phone":"\u002B12025550123","name":"Carol","roleNames":["viewer"],
                 "invite":true,"inviteUrl":"https://app.example.com/join","sendMail":true,"sendSMS":false,"templateId":"welcome-v2",
                 "templateOptions":{"team":"Analytics","inviter":"Ada"},"locale":"fr"}
                """)),
        WireCase.ForUser("Invite", "the user's own invitation fields fill what the options leave unset",
            c => c.InviteAsync("U2aAc4T2V93bddihGEx2Ryhc8e5Z", new UserCreate { InviteUrl = "https://own.example.com", SendSms = true }, new InviteOptions { SendMail = false }),
            "POST", "/v1/mgmt/user/create", """{"loginId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z","invite":true,"inviteUrl":"https://own.example.com","sendMail":false,"sendSMS":true}"""),
        WireCase.ForUser("CreateTestUser", "posts to the test path with test true and returns the test user", c => c.CreateTestUserAsync("tester", new UserCreate { Name = "T" }),
            "POST", "/v1/mgmt/user/create/test", """{"loginId":"tester","name":"T","test":true}""") with
        {
            Answer = AnsweredUsers.Answer("""{"loginIds":["tester"],"userId":"U4","name":"T","test":true}"""),
            Returned = result => result.Should().BeOfType<User>().Which.Test.Should().BeTrue(),
        },
        new WireCase("Delete", "posts the login ID and returns nothing", "POST", "/v1/mgmt/user/delete", """{"loginId":"alice"}""",
            async c =>
            {
                await c.DeleteAsync("alice");
                return null;
            })
        {
            Answer = "{}",
            Returned = result => result.Should().BeNull(),
        },
        WireCase.ForNothing("DeleteByUserId", "posts userId, not loginId, to the delete path", c => c.DeleteByUserIdAsync("U2aAc4T2V93bddihGEx2Ryhc8e5Z"),
            "POST", "/v1/mgmt/user/delete", """{"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z"}"""),
        WireCase.ForNothing("DeleteBatch", "minimal, one user ID", c => c.DeleteBatchAsync(["U1"]),
            "POST", "/v1/mgmt/user/delete/batch", """{"userIds":["U1"]}"""),
        WireCase.ForNothing("DeleteBatch", "full, every user ID in order, read once from a lazy sequence", c => c.DeleteBatchAsync(Enumerable.Range(1, 3).Select(i => $"U{i}")),
            "POST", "/v1/mgmt/user/delete/batch", """{"userIds":["U1","U2","U3"]}"""),
        WireCase.ForNothing("DeleteAllTestUsers", "a DELETE without a body", c => c.DeleteAllTestUsersAsync(),
            "DELETE", "/v1/mgmt/user/test/delete/all", body: null),
        WireCase.ForNothing("Logout", "minimal, every session: no sessionTypes key", c => c.LogoutAsync("alice"),
            "POST", "/v1/mgmt/user/logout", """{"loginId":"alice"}"""),
        WireCase.ForNothing("Logout", "full, only the named session types, and an answer without a body", c => c.LogoutAsync("alice", ["web", "mobile"]),
            "POST", "/v1/mgmt/user/logout", """{"loginId":"alice","sessionTypes":["web","mobile"]}""", answer: ""),
        WireCase.ForNothing("LogoutByUserId", "minimal, userId instead of loginId", c => c.LogoutByUserIdAsync("U1"),
            "POST", "/v1/mgmt/user/logout", """{"userId":"U1"}"""),
        WireCase.ForNothing("LogoutByUserId", "full, with session types", c => c.LogoutByUserIdAsync("U1", ["web"]),
            "POST", "/v1/mgmt/user/logout", """{"userId":"U1","sessionTypes":["web"]}"""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answer(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    public static TheoryData<string, Func<IDescopeUserClient, Task>, string> InvalidCalls => new()
    {
        { "Load, blank", c => c.LoadAsync(" "), "loginId" },
        { "Load, null", c => c.LoadAsync(null!), "loginId" },
        { "LoadByUserId, empty", c => c.LoadByUserIdAsync(""), "userId" },
        { "Create, empty login ID", c => c.CreateAsync("", new UserCreate()), "loginId" },
        { "Create, null user", c => c.CreateAsync("carol", null!), "user" },
        { "CreateTestUser, null user", c => c.CreateTestUserAsync("carol", null!), "user" },
        { "Delete, blank", c => c.DeleteAsync("  "), "loginId" },
        { "AddTenant, blank tenant", c => c.AddTenantAsync("alice", " "), "tenantId" },
        { "AddTenant, null login", c => c.AddTenantAsync(null!, "T1"), "loginId" },
    };

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task Invalid_arguments_are_refused_before_any_request(string name, Func<IDescopeUserClient, Task> call, string parameter)
    {
        _ = name;
        var client = Client();

        await client.Awaiting(c => call(c)).Should().ThrowAsync<ArgumentException>().WithParameterName(parameter);

        Descope.ManagementRequests().Should().BeEmpty();
    }
}
