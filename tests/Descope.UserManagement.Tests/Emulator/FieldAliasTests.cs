using System.Net;
using System.Text.Json;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>
/// Every spelling Descope accepts (docs/wire-contract.md §6) has the documented name's effect on the emulator, sent as
/// raw JSON the way Descope's Node, Go, Python and .NET SDKs send it; nothing the requests carry goes unused.
/// </summary>
public sealed class FieldAliasTests : IAsyncLifetime
{
    private DescopeEmulator _emulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartWithAliceAsync();
        _http = RawRequests.Client(_emulator);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    [Theory]
    [InlineData("POST", "/v1/mgmt/user/update", """{"identifier":"alice","email":"new@example.com"}""", "email", "new@example.com")]
    [InlineData("PATCH", "/v1/mgmt/user/patch", """{"identifier":"alice","email":"new@example.com"}""", "email", "new@example.com")]
    [InlineData("POST", "/v1/mgmt/user/update/status", """{"identifier":"alice","status":"disabled"}""", "status", "disabled")]
    [InlineData("POST", "/v1/mgmt/user/update/email", """{"identifier":"alice","email":"new@example.com","verified":true}""", "email", "new@example.com")]
    [InlineData("POST", "/v1/mgmt/user/update/phone", """{"identifier":"alice","phone":"+12025550100","verified":true}""", "phone", "+12025550100")]
    [InlineData("POST", "/v1/mgmt/user/update/name", """{"identifier":"alice","name":"Al"}""", "name", "Al")]
    [InlineData("POST", "/v2/mgmt/user/update/role/add", """{"identifier":"alice","roleNames":["editor"]}""", "roleNames", "editor")]
    [InlineData("POST", "/v1/mgmt/user/update/role/add", """{"identifier":"alice","roleNames":["editor"]}""", "roleNames", "editor")]
    [InlineData("POST", "/v1/mgmt/user/update/role/remove", """{"identifier":"alice","roleNames":["viewer"]}""", "roleNames", "!viewer")]
    [InlineData("POST", "/v1/mgmt/user/update/role/set", """{"identifier":"alice","roleNames":["owner"]}""", "roleNames", "owner")]
    [InlineData("POST", "/v1/mgmt/user/update/tenant/add", """{"identifier":"alice","tenantId":"T2"}""", "userTenants", "T2")]
    [InlineData("POST", "/v1/mgmt/user/update/tenant/remove", """{"identifier":"alice","tenantId":"T1"}""", "userTenants", "!T1")]
    public async Task Identifier_names_the_user_like_loginId(string method, string path, string body, string field, string expected)
    {
        var user = (await _http.OkAsync(method, path, body)).GetProperty("user");
        var sent = LastRequest();

        user.GetProperty("userId").GetString().Should().Be(TestClients.AliceUserId);
        Values(user.GetProperty(field)).Contains(expected.TrimStart('!')).Should().Be(!expected.StartsWith('!'), "{0} of the answer is {1}", field, user.GetProperty(field));
        var stored = await _http.OkAsync("GET", "/v1/mgmt/user?loginId=alice");
        stored.GetProperty("user").GetProperty(field).ToString().Should().Be(user.GetProperty(field).ToString(), "the store holds what the answer said");
        sent.UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task Identifier_names_the_user_to_delete()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/delete", """{"identifier":"alice@example.com"}""");

        _emulator.Store.Find("alice").Should().BeNull();
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task Identifier_in_the_load_query_loads_like_loginId()
    {
        var answer = await _http.OkAsync("GET", "/v1/mgmt/user?identifier=ALICE%40example.com");

        answer.GetProperty("user").GetProperty("userId").GetString().Should().Be(TestClients.AliceUserId);
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Theory]
    [InlineData("POST", "/v1/mgmt/user/update", """{"loginId":"alice","displayName":"Al"}""")]
    [InlineData("PATCH", "/v1/mgmt/user/patch", """{"loginId":"alice","displayName":"Al"}""")]
    [InlineData("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","displayName":"Al","givenName":"A"}""")]
    public async Task DisplayName_sets_the_name(string method, string path, string body)
    {
        var answer = await _http.OkAsync(method, path, body);

        answer.GetProperty("user").GetProperty("name").GetString().Should().Be("Al");
        _emulator.Store.Find("alice")!.Name.Should().Be("Al");
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/v1/mgmt/user/create", false)]
    [InlineData("/v1/mgmt/user/create/test", true)]
    public async Task Create_reads_displayName_additionalLoginIds_and_ssoAppIDs(string path, bool test)
    {
        var body = """{"loginId":"bob","displayName":"Bob","additionalLoginIds":["bob@example.com"],"ssoAppIDs":["app1"],"test":TEST}""".Replace("TEST", test ? "true" : "false", StringComparison.Ordinal);

        await _http.OkAsync("POST", path, body);

        var bob = _emulator.Store.Find("bob@example.com")!;
        bob.Name.Should().Be("Bob");
        bob.LoginIds.Should().Equal("bob", "bob@example.com");
        bob.SsoAppIds.Should().Equal("app1");
        bob.Test.Should().Be(test);
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task Update_reads_additionalLoginIds_and_ssoAppIDs()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/update", """{"loginId":"alice","additionalLoginIds":["al"],"ssoAppIDs":["app1","app2"]}""");

        var alice = _emulator.Store.Find("alice")!;
        alice.LoginIds.Should().Equal("alice", "alice@example.com", "al");
        alice.SsoAppIds.Should().Equal("app1", "app2");
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task Patch_reads_additionalLoginIds()
    {
        await _http.OkAsync("PATCH", "/v1/mgmt/user/patch", """{"loginId":"alice","additionalLoginIds":["al"]}""");

        _emulator.Store.Find("al")!.UserId.Should().Be(TestClients.AliceUserId);
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task Batch_patch_items_read_displayName_and_additionalLoginIds_as_Node_sends_them()
    {
        _emulator.Store.Seed("bob");

        var answer = await _http.OkAsync("PATCH", "/v1/mgmt/user/patch/batch",
            """{"users":[{"loginId":"alice","displayName":"Al"},{"loginId":"bob","additionalLoginIds":["bobby"]}]}""");

        answer.GetProperty("patchedUsers").GetArrayLength().Should().Be(2);
        _emulator.Store.Find("alice")!.Name.Should().Be("Al");
        _emulator.Store.Find("bobby")!.LoginIds.Should().Equal("bob", "bobby");
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task When_both_names_are_sent_the_documented_one_wins_and_the_alias_is_reported_unused()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","identifier":"nobody","name":"Documented","displayName":"Alias"}""");

        _emulator.Store.Find("alice")!.Name.Should().Be("Documented");
        LastRequest().UnusedKeys.Should().Equal("identifier", "displayName");
    }

    [Fact]
    public async Task A_documented_key_sent_as_null_counts_as_not_sent_and_the_alias_applies()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","name":null,"displayName":"Alias"}""");

        _emulator.Store.Find("alice")!.Name.Should().Be("Alias");
        LastRequest().UnusedKeys.Should().BeEmpty();
    }

    [Fact]
    public async Task An_alias_is_not_read_where_Descope_does_not_accept_it()
    {
        var (status, body) = await _http.SendAsync("POST", "/v1/mgmt/user/update/picture", """{"identifier":"alice","picture":"https://example.com/a.png"}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errorCode").GetString().Should().Be("E011002", "update picture takes only loginId");
        LastRequest().UnusedKeys.Should().Contain("identifier");
    }

    [Fact]
    public async Task V1_add_roles_adds_project_roles_and_tenant_roles_of_a_member()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/update/role/add", """{"loginId":"alice","roleNames":["editor"]}""");
        await _http.OkAsync("POST", "/v1/mgmt/user/update/role/add", """{"loginId":"alice","tenantId":"T1","roleNames":["auditor"]}""");

        var alice = _emulator.Store.Find("alice")!;
        alice.RoleNames.Should().Equal("viewer", "editor");
        alice.UserTenants!.Single().RoleNames.Should().Equal("admin", "auditor");
    }

    [Fact]
    public async Task V1_add_roles_refuses_a_tenant_the_user_is_not_in_while_v2_adds_the_tenant()
    {
        var (status, body) = await _http.SendAsync("POST", "/v1/mgmt/user/update/role/add", """{"loginId":"alice","tenantId":"T2","roleNames":["admin"]}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errorCode").GetString().Should().Be("E011003");
        _emulator.Store.Find("alice")!.UserTenants!.Select(t => t.TenantId).Should().Equal("T1");

        await _http.OkAsync("POST", "/v2/mgmt/user/update/role/add", """{"loginId":"alice","tenantId":"T2","roleNames":["admin"]}""");
        _emulator.Store.Find("alice")!.UserTenants!.Select(t => t.TenantId).Should().Equal("T1", "T2");
    }

    [Fact]
    public async Task The_deprecated_set_password_path_sets_a_temporary_password_unless_setActive_is_true()
    {
        await _http.OkAsync("POST", "/v1/mgmt/user/password/set", """{"loginId":"alice","password":"First-Passw0rd!"}""");
        _emulator.Store.PasswordState("alice").Should().Be(UserPasswordState.Temporary);
        _emulator.Store.VerifyPassword("alice", "First-Passw0rd!").Should().BeTrue();
        LastRequest().UnusedKeys.Should().BeEmpty();

        await _http.OkAsync("POST", "/v1/mgmt/user/password/set", """{"identifier":"alice","password":"Second-Passw0rd!","setActive":true}""");
        _emulator.Store.PasswordState("alice").Should().Be(UserPasswordState.Active);
        _emulator.Store.VerifyPassword("alice", "Second-Passw0rd!").Should().BeTrue();
        LastRequest().UnusedKeys.Should().BeEmpty();

        var (status, body) = await _http.SendAsync("POST", "/v1/mgmt/user/password/set", """{"loginId":"nobody","password":"x"}""");
        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errorCode").GetString().Should().Be("E062108", "an unknown user is Descope's user-not-found");
    }

    [Fact]
    public async Task The_SDK_itself_sends_the_documented_names_and_every_key_it_sends_is_used()
    {
        using var client = TestClients.For(_emulator);
        await client.CreateAsync("bob", new UserCreate { Name = "Bob", AdditionalIdentifiers = ["bob@example.com"], SsoAppIds = ["app"], UserTenants = [new TenantRoles("T1", ["r"])] });
        await client.UpdateAsync("bob", new UserUpdate { Name = "Bobby", AdditionalIdentifiers = ["bobby"], SsoAppIds = ["app"] });
        await client.PatchAsync("bob", new UserPatch { Name = "B", Status = UserStatus.Enabled, CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold" } });
        await client.PatchBatchAsync([new BatchUserPatch("bob") { Name = "Bo" }]);
        await client.UpdateDisplayNameAsync("bob", new DisplayName { Name = "Bob", GivenName = "B" });
        await client.AddRolesAsync("bob", ["x"], "T1");
        await client.LoadAsync("bob");
        await client.SearchAsync(new UserSearch { LoginIds = ["bob"], TenantRoleNames = new Dictionary<string, RoleFilter> { ["T1"] = new(["x"], true) }, Sort = [new UserSort("email", true)] });

        var requests = _emulator.Journal.Requests;
        requests.Select(r => r.Body.Contains("displayName", StringComparison.Ordinal) || r.Body.Contains("additionalLoginIds", StringComparison.Ordinal)).Should().AllBeEquivalentTo(false);
        requests.Where(r => r.UnusedKeys.Count > 0).Select(r => $"{r}: {string.Join(", ", r.UnusedKeys)}").Should().BeEmpty();
    }

    private RecordedRequest LastRequest() => _emulator.Journal.Requests[^1];

    // A string field's value, a list's strings, or a tenant list's tenant IDs.
    private static string[] Values(JsonElement field) => field.ValueKind switch
    {
        JsonValueKind.String => [field.GetString()!],
        JsonValueKind.Array => field.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Object ? item.GetProperty("tenantId").GetString()! : item.GetString()!).ToArray(),
        _ => [field.ToString()],
    };
}
