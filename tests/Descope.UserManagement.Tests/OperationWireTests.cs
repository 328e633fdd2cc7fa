using Descope.UserManagement.Testing;
using System.Text.Json;
using Descope.UserManagement.Serialization;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests;

/// <summary>
/// Each of the twelve operations, minimal and full, over real HTTP: the method, path, headers and the exact JSON
/// body the emulator received, and the user the client returned.
/// </summary>
public sealed class OperationWireTests
{
    public static TheoryData<WireCase> Cases => new()
    {
        new("Update, minimal", c => c.UpdateAsync("alice", new UserUpdate()),
            "POST", "/v1/mgmt/user/update", """{"loginId":"alice"}"""),
        new("Update, full", c => c.UpdateAsync("alice", FullUpdate),
            "POST", "/v1/mgmt/user/update", FullDetailsJson),
        new("UpdateStatus, enabled", c => c.UpdateStatusAsync("alice", UserStatus.Enabled),
            "POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","status":"enabled"}"""),
        new("UpdateStatus, invited", c => c.UpdateStatusAsync("alice", UserStatus.Invited),
            "POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","status":"invited"}"""),
        new("Deactivate", c => c.DeactivateAsync("alice"),
            "POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","status":"disabled"}"""),
        new("Activate", c => c.ActivateAsync("alice"),
            "POST", "/v1/mgmt/user/update/status", """{"loginId":"alice","status":"enabled"}"""),
        new("UpdateEmail, minimal (removes the email)", c => c.UpdateEmailAsync("alice", null),
            "POST", "/v1/mgmt/user/update/email", """{"loginId":"alice","email":"","verified":false,"failOnConflict":false}"""),
        new("UpdateEmail, full", c => c.UpdateEmailAsync("alice", "a@example.com", verified: true, failOnConflict: true),
            "POST", "/v1/mgmt/user/update/email", """{"loginId":"alice","email":"a@example.com","verified":true,"failOnConflict":true}"""),
        new("UpdatePhone, minimal (removes the phone)", c => c.UpdatePhoneAsync("alice", null),
            "POST", "/v1/mgmt/user/update/phone", """{"loginId":"alice","phone":"","verified":false,"failOnConflict":false}"""),
        new("UpdatePhone, full", c => c.UpdatePhoneAsync("alice", "+12025550123", verified: true, failOnConflict: true),
            "POST", "/v1/mgmt/user/update/phone", """{"loginId":"alice","phone":"+12025550123","verified":true,"failOnConflict":true}"""),
        new("UpdateDisplayName, minimal", c => c.UpdateDisplayNameAsync("alice", new DisplayName { Name = "Alice" }),
            "POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","name":"Alice"}"""),
        new("UpdateDisplayName, full with a removal", c => c.UpdateDisplayNameAsync("alice", new DisplayName { Name = "Alice L", GivenName = "Alice", MiddleName = "", FamilyName = "Liddell" }),
            "POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","name":"Alice L","givenName":"Alice","middleName":"","familyName":"Liddell"}"""),
        new("UpdateLoginId, minimal (removes the login ID)", c => c.UpdateLoginIdAsync("alice", null),
            "POST", "/v1/mgmt/user/update/loginid", """{"loginId":"alice"}"""),
        new("UpdateLoginId, full", c => c.UpdateLoginIdAsync("alice", "alice2@example.com"),
            "POST", "/v1/mgmt/user/update/loginid", """{"loginId":"alice","newLoginId":"alice2@example.com"}"""),
        new("Patch, minimal", c => c.PatchAsync("alice", new UserPatch { GivenName = "Al" }),
            "PATCH", "/v1/mgmt/user/patch", """{"loginId":"alice","givenName":"Al"}"""),
        new("Patch, empty values are sent to clear fields", c => c.PatchAsync("alice", new UserPatch { Phone = "", RoleNames = [] }),
            "PATCH", "/v1/mgmt/user/patch", """{"loginId":"alice","phone":"","roleNames":[]}"""),
        new("Patch, full", c => c.PatchAsync("alice", FullPatch),
            "PATCH", "/v1/mgmt/user/patch", FullDetailsJson.Replace("\"loginId\":\"alice\"", "\"loginId\":\"alice\",\"status\":\"disabled\"", StringComparison.Ordinal)),
        new("AddRoles, project level (v2)", c => c.AddRolesAsync("alice", ["admin"]),
            "POST", "/v2/mgmt/user/update/role/add", """{"loginId":"alice","roleNames":["admin"]}"""),
        new("AddRoles, in a tenant (v2)", c => c.AddRolesAsync("alice", ["admin", "viewer"], "T1"),
            "POST", "/v2/mgmt/user/update/role/add", """{"loginId":"alice","roleNames":["admin","viewer"],"tenantId":"T1"}"""),
        new("RemoveRoles, project level (v1)", c => c.RemoveRolesAsync("alice", ["admin"]),
            "POST", "/v1/mgmt/user/update/role/remove", """{"loginId":"alice","roleNames":["admin"]}"""),
        new("RemoveRoles, in a tenant (v1)", c => c.RemoveRolesAsync("alice", ["admin"], "T1"),
            "POST", "/v1/mgmt/user/update/role/remove", """{"loginId":"alice","roleNames":["admin"],"tenantId":"T1"}"""),
        new("SetRoles, project level (v1)", c => c.SetRolesAsync("alice", ["viewer"]),
            "POST", "/v1/mgmt/user/update/role/set", """{"loginId":"alice","roleNames":["viewer"]}"""),
        new("SetRoles, in a tenant, from a lazy sequence", c => c.SetRolesAsync("alice", new[] { "a", "b" }.Select(r => r.ToUpperInvariant()), "T1"),
            "POST", "/v1/mgmt/user/update/role/set", """{"loginId":"alice","roleNames":["A","B"],"tenantId":"T1"}"""),
        new("UpdatePicture", c => c.UpdatePictureAsync("alice", "https://example.com/a.png"),
            "POST", "/v1/mgmt/user/update/picture", """{"loginId":"alice","picture":"https://example.com/a.png"}"""),
        new("UpdatePicture, removed", c => c.UpdatePictureAsync("alice", null),
            "POST", "/v1/mgmt/user/update/picture", """{"loginId":"alice","picture":""}"""),
        new("RemoveTenant", c => c.RemoveTenantAsync("alice", "T1"),
            "POST", "/v1/mgmt/user/update/tenant/remove", """{"loginId":"alice","tenantId":"T1"}"""),
        new("A user ID works where a login ID is asked for", c => c.UpdateStatusAsync("U2aAc4T2V93bddihGEx2Ryhc8e5Z", UserStatus.Disabled),
            "POST", "/v1/mgmt/user/update/status", """{"loginId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z","status":"disabled"}"""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Operation_sends_exact_method_path_headers_and_body_and_returns_the_user(WireCase wireCase)
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        var user = await wireCase.Call(client);

        var request = emulator.SingleRequest();
        request.Method.Should().Be(wireCase.Method);
        request.Path.Should().Be(wireCase.Path);
        request.Query.Should().BeEmpty();
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        request.Header("Content-Type").Should().Be("application/json");
        JsonAssert.Equivalent(request.Body, wireCase.ExpectedBody);

        user.UserId.Should().Be(TestClients.AliceUserId, "the client returns the user the server answered with");
        JsonAssert.Equivalent(
            JsonSerializer.Serialize(user, DescopeJsonContext.Default.User),
            JsonSerializer.Serialize(emulator.Store.Find(TestClients.AliceUserId)!, DescopeJsonContext.Default.User));
    }

    [Fact]
    public async Task Every_request_carries_the_project_and_sdk_headers()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = TestClients.For(emulator);

        await client.UpdateStatusAsync("alice", UserStatus.Enabled);

        var request = emulator.SingleRequest();
        request.Header("x-descope-project-id").Should().Be(TestClients.ProjectId);
        request.Header("x-descope-sdk-name").Should().Be("Descope.UserManagement");
        request.Header("x-descope-sdk-version").Should().MatchRegex(@"^\d+\.\d+\.\d+");
        request.Header("x-descope-sdk-dotnet-version").Should().Be(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        request.Header("Cookie").Should().BeNull();
    }

    [Fact]
    public async Task A_sparse_user_answer_reads_with_missing_fields_as_null()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        emulator.Respond(200, SampleUsers.SparseUserAnswerJson);
        using var client = TestClients.For(emulator);

        var user = await client.UpdateStatusAsync("alice", UserStatus.Enabled);

        user.UserId.Should().Be("U1");
        user.LoginIds.Should().BeNull();
        user.Status.Should().BeNull();
        user.CreatedTime.Should().BeNull();
        user.CustomAttributes.Should().BeNull();
        user.AdditionalProperties.Should().BeNull();
    }

    private static readonly UserUpdate FullUpdate = new()
    {
        Email = "alice@example.com",
        Phone = "+12025550123",
        Name = "Alice Liddell",
        GivenName = "Alice",
        MiddleName = "Pleasance",
        FamilyName = "Liddell",
        VerifiedEmail = true,
        VerifiedPhone = false,
        RoleNames = ["admin"],
        UserTenants = [new TenantRoles("T1", ["editor"]), new TenantRoles("T2")],
        CustomAttributes = new Dictionary<string, object?>
        {
            ["plan"] = "gold",
            ["seats"] = 12,
            ["ratio"] = 0.75,
            ["beta"] = true,
            ["tags"] = new[] { "a", "b" },
            ["nothing"] = null,
            ["raw"] = JsonDocument.Parse("""{"x":1}""").RootElement,
        },
        Picture = "https://example.com/alice.png",
        AdditionalIdentifiers = ["alice-alt"],
        SsoAppIds = ["app1"],
    };

    private static readonly UserPatch FullPatch = new()
    {
        Email = FullUpdate.Email,
        Phone = FullUpdate.Phone,
        Name = FullUpdate.Name,
        GivenName = FullUpdate.GivenName,
        MiddleName = FullUpdate.MiddleName,
        FamilyName = FullUpdate.FamilyName,
        VerifiedEmail = FullUpdate.VerifiedEmail,
        VerifiedPhone = FullUpdate.VerifiedPhone,
        RoleNames = FullUpdate.RoleNames,
        UserTenants = FullUpdate.UserTenants,
        CustomAttributes = FullUpdate.CustomAttributes,
        Picture = FullUpdate.Picture,
        AdditionalIdentifiers = FullUpdate.AdditionalIdentifiers,
        SsoAppIds = FullUpdate.SsoAppIds,
        Status = UserStatus.Disabled,
    };

    private const string FullDetailsJson = """
        {
          "loginId":"alice",
          "email":"alice@example.com",
          "phone":"+12025550123",
          "name":"Alice Liddell",
          "givenName":"Alice",
          "middleName":"Pleasance",
          "familyName":"Liddell",
          "verifiedEmail":true,
          "verifiedPhone":false,
          "roleNames":["admin"],
          "userTenants":[{"tenantId":"T1","roleNames":["editor"]},{"tenantId":"T2","roleNames":[]}],
          "customAttributes":{"plan":"gold","seats":12,"ratio":0.75,"beta":true,"tags":["a","b"],"nothing":null,"raw":{"x":1}},
          "picture":"https://example.com/alice.png",
          "additionalIdentifiers":["alice-alt"],
          "ssoAppIds":["app1"]
        }
        """;
}

/// <summary>One row of the wire table: a call and what must arrive at the emulator.</summary>
public sealed record WireCase(string Name, Func<IDescopeUserClient, Task<User>> Call, string Method, string Path, string ExpectedBody)
{
    public override string ToString() => Name;
}
