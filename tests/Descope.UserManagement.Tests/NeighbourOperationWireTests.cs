using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests;

/// <summary>Load, create, delete and add tenant: the exact request on the wire and what the client returns.</summary>
public sealed class NeighbourOperationWireTests
{
    [Theory]
    [InlineData("alice", "?loginId=alice")]
    [InlineData("alice@example.com", "?loginId=alice%40example.com")]
    public async Task Load_sends_a_GET_with_the_escaped_login_id_and_no_body(string loginId, string expectedQuery)
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var user = await client.LoadAsync(loginId);

        var request = emulator.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be("/v1/mgmt/user");
        request.Query.Should().Be(expectedQuery);
        request.Body.Should().BeEmpty();
        request.Header("Content-Type").Should().BeNull();
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        user.UserId.Should().Be(TestClients.AliceUserId);
    }

    [Fact]
    public async Task LoadByUserId_queries_userId()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var user = await client.LoadByUserIdAsync(TestClients.AliceUserId);

        emulator.SingleRequest().Query.Should().Be("?userId=" + TestClients.AliceUserId);
        user.LoginIds.Should().Equal("alice", "alice@example.com");
    }

    [Fact]
    public async Task Create_minimal_sends_only_the_login_id()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var user = await client.CreateAsync("carol", new UserCreate());

        var request = emulator.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/v1/mgmt/user/create");
        request.Header("Content-Type").Should().Be("application/json");
        JsonAssert.Equivalent(request.Body, """{"loginId":"carol"}""");
        user.LoginIds.Should().Equal("carol");
        user.Status.Should().Be(UserStatus.Invited);
    }

    [Fact]
    public async Task Create_full_sends_fields_and_invite_options()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        await client.CreateAsync("carol", new UserCreate
        {
            Email = "carol@example.com", VerifiedEmail = true, Name = "Carol", RoleNames = ["viewer"],
            UserTenants = [new TenantRoles("T1", ["admin"])], Invite = true, InviteUrl = "https://app.example.com/invite", SendMail = true, SendSms = false,
        });

        JsonAssert.Equivalent(emulator.SingleRequest().Body, """
            {"loginId":"carol","email":"carol@example.com","verifiedEmail":true,"name":"Carol","roleNames":["viewer"],
             "userTenants":[{"tenantId":"T1","roleNames":["admin"]}],
             "invite":true,"inviteUrl":"https://app.example.com/invite","sendMail":true,"sendSMS":false}
            """);
    }

    [Fact]
    public async Task CreateTestUser_posts_to_the_test_path_with_test_true()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var user = await client.CreateTestUserAsync("tester", new UserCreate { Name = "T" });

        var request = emulator.SingleRequest();
        request.Path.Should().Be("/v1/mgmt/user/create/test");
        JsonAssert.Equivalent(request.Body, """{"loginId":"tester","name":"T","test":true}""");
        user.Test.Should().BeTrue();
    }

    [Fact]
    public async Task Delete_posts_the_login_id()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        await client.DeleteAsync("alice");

        var request = emulator.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/v1/mgmt/user/delete");
        JsonAssert.Equivalent(request.Body, """{"loginId":"alice"}""");
        emulator.Store.Find("alice").Should().BeNull();
    }

    [Fact]
    public async Task AddTenant_posts_login_id_and_tenant_id()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var user = await client.AddTenantAsync("alice", "T2");

        var request = emulator.SingleRequest();
        request.Path.Should().Be("/v1/mgmt/user/update/tenant/add");
        JsonAssert.Equivalent(request.Body, """{"loginId":"alice","tenantId":"T2"}""");
        user.UserTenants!.Select(t => t.TenantId).Should().Equal("T1", "T2");
    }

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public async Task Invalid_arguments_are_refused_before_any_request(string name, Func<IDescopeUserClient, Task> call, string parameter)
    {
        _ = name;
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        await client.Awaiting(c => call(c)).Should().ThrowAsync<ArgumentException>().WithParameterName(parameter);

        emulator.ManagementRequests().Should().BeEmpty();
    }

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
}
