using System.Net;
using System.Text;
using System.Text.Json;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Emulator;

/// <summary>The real client against the emulator: each call, then a load, and the stored user checked.</summary>
public sealed class EmulatorBehaviourTests : IAsyncLifetime
{
    private DescopeEmulator _emulator = null!;
    private DescopeUserClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartWithAliceAsync();
        _client = TestClients.For(_emulator);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Create_then_load_by_login_id_and_by_user_id()
    {
        var created = await _client.CreateAsync("bob@example.com", new UserCreate { Email = "bob@example.com", Name = "Bob", RoleNames = ["viewer"] });

        var byLogin = await _client.LoadAsync("bob@example.com");
        var byId = await _client.LoadByUserIdAsync(created.UserId!);

        created.Status.Should().Be(UserStatus.Invited);
        created.UserId.Should().MatchRegex("^U[A-Za-z0-9]{27}$");
        byLogin.Should().BeEquivalentTo(created);
        byId.Should().BeEquivalentTo(created);
        byLogin.RoleNames.Should().Equal("viewer");
    }

    [Fact]
    public async Task Create_with_a_taken_login_id_fails_and_changes_nothing()
    {
        var error = await _client.Awaiting(c => c.CreateAsync("ALICE", new UserCreate { Name = "Impostor" })).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorCode.Should().Be("E062107");
        (await _client.LoadAsync("alice")).Name.Should().Be("Alice Liddell");
    }

    [Fact]
    public async Task Full_update_removes_every_field_it_was_not_given()
    {
        await _client.PatchAsync("alice", new UserPatch
        {
            Phone = "+12025550123", VerifiedPhone = true, MiddleName = "P", Picture = "https://example.com/a.png", SsoAppIds = ["app"],
            CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold" },
        });

        await _client.UpdateAsync("alice", new UserUpdate { GivenName = "Al", RoleNames = ["editor"] });

        var user = await _client.LoadAsync("alice");
        user.Phone.Should().BeEmpty();
        user.VerifiedPhone.Should().BeFalse();
        user.MiddleName.Should().BeEmpty();
        user.Picture.Should().BeEmpty();
        user.SsoAppIds.Should().BeEmpty();
        user.CustomAttributes.Should().BeEmpty();
        user.GivenName.Should().Be("Al");
        user.RoleNames.Should().Equal("editor");
        user.Email.Should().BeEmpty();
        user.Name.Should().BeEmpty();
        user.FamilyName.Should().BeEmpty();
        user.VerifiedEmail.Should().BeFalse();
        user.UserTenants.Should().BeEmpty("update overwrites tenants too");
        user.LoginIds.Should().Equal("alice", "alice@example.com");
        user.Status.Should().Be(UserStatus.Enabled, "status is not part of an update");
    }

    [Fact]
    public async Task Patch_changes_only_the_keys_present()
    {
        await _client.PatchAsync("alice", new UserPatch { FamilyName = "Hargreaves", CustomAttributes = new Dictionary<string, object?> { ["plan"] = "gold" } });
        await _client.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["seats"] = 3 } });

        var user = await _client.LoadAsync("alice");
        user.FamilyName.Should().Be("Hargreaves");
        user.GivenName.Should().Be("Alice");
        user.Email.Should().Be("alice@example.com");
        user.RoleNames.Should().Equal("viewer");
        user.UserTenants.Should().ContainSingle().Which.RoleNames.Should().Equal("admin");
        user.CustomAttributes!["plan"].GetString().Should().Be("gold");
        user.CustomAttributes["seats"].GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Patch_with_empty_values_clears_those_fields()
    {
        await _client.PatchAsync("alice", new UserPatch { Email = "", RoleNames = [], Status = UserStatus.Disabled });

        var user = await _client.LoadAsync("alice");
        user.Email.Should().BeEmpty();
        user.RoleNames.Should().BeEmpty();
        user.Status.Should().Be(UserStatus.Disabled);
    }

    [Theory]
    [InlineData(UserStatus.Disabled, UserStatus.Enabled)]
    [InlineData(UserStatus.Invited, UserStatus.Enabled)]
    [InlineData(UserStatus.Enabled, UserStatus.Disabled)]
    public async Task Status_is_stored(UserStatus status, UserStatus before)
    {
        await _client.UpdateStatusAsync("alice", before);
        await _client.UpdateStatusAsync("alice", status);

        (await _client.LoadAsync("alice")).Status.Should().Be(status);
    }

    [Fact]
    public async Task Email_and_phone_are_set_verified_and_removed()
    {
        await _client.UpdateEmailAsync("alice", "new@example.com", verified: true);
        await _client.UpdatePhoneAsync("alice", "+12025550123", verified: false);
        var set = await _client.LoadAsync("alice");

        await _client.UpdateEmailAsync("alice", null);
        var removed = await _client.LoadAsync("alice");

        set.Email.Should().Be("new@example.com");
        set.VerifiedEmail.Should().BeTrue();
        set.Phone.Should().Be("+12025550123");
        set.VerifiedPhone.Should().BeFalse();
        removed.Email.Should().BeEmpty();
        removed.VerifiedEmail.Should().BeFalse();
    }

    [Fact]
    public async Task FailOnConflict_refuses_another_users_login_id()
    {
        _emulator.Store.Seed("bob@example.com");

        var conflict = await _client.Awaiting(c => c.UpdateEmailAsync("alice", "bob@example.com", failOnConflict: true)).Should().ThrowAsync<DescopeApiException>();
        await _client.UpdateEmailAsync("alice", "bob@example.com", failOnConflict: false);

        conflict.Which.ErrorCode.Should().Be("E062107");
        (await _client.LoadAsync("alice")).Email.Should().Be("bob@example.com");
    }

    [Fact]
    public async Task FailOnConflict_refuses_another_users_phone_login_id_too()
    {
        _emulator.Store.Seed("+12025550199");

        var conflict = await _client.Awaiting(c => c.UpdatePhoneAsync("alice", "+12025550199", failOnConflict: true)).Should().ThrowAsync<DescopeApiException>();

        conflict.Which.ErrorCode.Should().Be("E062107");
        (await _client.LoadAsync("alice")).Phone.Should().BeNull();
    }

    [Fact]
    public async Task Additional_identifiers_that_belong_to_another_user_are_refused()
    {
        _emulator.Store.Seed("bob");

        var error = await _client.Awaiting(c => c.PatchAsync("alice", new UserPatch { AdditionalIdentifiers = ["bob"] })).Should().ThrowAsync<DescopeApiException>();
        await _client.PatchAsync("alice", new UserPatch { AdditionalIdentifiers = ["alice-2"] });

        error.Which.ErrorCode.Should().Be("E062107");
        (await _client.LoadAsync("alice-2")).UserId.Should().Be(TestClients.AliceUserId);
    }

    [Fact]
    public async Task A_created_test_user_reads_back_as_a_test_user()
    {
        await _client.CreateTestUserAsync("tester", new UserCreate { Name = "T" });

        var loaded = await _client.LoadAsync("tester");

        loaded.Test.Should().BeTrue();
        loaded.Status.Should().Be(UserStatus.Invited);
    }

    [Fact]
    public async Task Display_name_parts_change_when_given_and_clear_when_empty()
    {
        await _client.UpdateDisplayNameAsync("alice", new DisplayName { GivenName = "Ally", MiddleName = "", FamilyName = null });

        var user = await _client.LoadAsync("alice");
        user.GivenName.Should().Be("Ally");
        user.MiddleName.Should().BeEmpty();
        user.FamilyName.Should().Be("Liddell");
        user.Name.Should().Be("Alice Liddell");
    }

    [Fact]
    public async Task Login_id_is_replaced_and_the_old_one_no_longer_finds_the_user()
    {
        await _client.UpdateLoginIdAsync("alice", "alice.l");

        (await _client.LoadAsync("alice.l")).LoginIds.Should().Equal("alice.l", "alice@example.com");
        await _client.Awaiting(c => c.LoadAsync("alice")).Should().ThrowAsync<DescopeNotFoundException>();
    }

    [Fact]
    public async Task Login_id_change_refuses_a_taken_id()
    {
        _emulator.Store.Seed("bob");

        var error = await _client.Awaiting(c => c.UpdateLoginIdAsync("alice", "BOB")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorCode.Should().Be("E062107");
        (await _client.LoadAsync("alice")).LoginIds.Should().Equal("alice", "alice@example.com");
    }

    [Fact]
    public async Task Login_id_change_to_the_users_own_other_login_id_is_refused_as_such()
    {
        var error = await _client.Awaiting(c => c.UpdateLoginIdAsync("alice", "alice@example.com")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorCode.Should().Be("E011003");
        error.Which.ErrorMessage.Should().Contain("another login ID of this user");
    }

    [Fact]
    public async Task Login_id_removal_works_until_the_last_one()
    {
        await _client.UpdateLoginIdAsync("alice", null);

        var error = await _client.Awaiting(c => c.UpdateLoginIdAsync("alice@example.com", "")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorCode.Should().Be("E011003");
        error.Which.ErrorMessage.Should().Contain("last login ID");
        (await _client.LoadAsync("alice@example.com")).LoginIds.Should().Equal("alice@example.com");
    }

    [Fact]
    public async Task Project_roles_add_and_remove_merge_and_set_replaces()
    {
        await _client.AddRolesAsync("alice", ["editor", "viewer"]);
        var added = await _client.LoadAsync("alice");
        await _client.RemoveRolesAsync("alice", ["viewer", "not-held"]);
        var removed = await _client.LoadAsync("alice");
        await _client.SetRolesAsync("alice", ["owner"]);
        var set = await _client.LoadAsync("alice");

        added.RoleNames.Should().Equal("viewer", "editor");
        removed.RoleNames.Should().Equal("editor");
        set.RoleNames.Should().Equal("owner");
        set.UserTenants!.Single().RoleNames.Should().Equal(new[] { "admin" }, "project-level changes leave tenant roles alone");
    }

    [Fact]
    public async Task Tenant_roles_are_kept_apart_from_project_roles()
    {
        await _client.AddRolesAsync("alice", ["auditor"], "T1");
        await _client.SetRolesAsync("alice", ["reader"], "T2");

        var user = await _client.LoadAsync("alice");
        user.RoleNames.Should().Equal("viewer");
        user.UserTenants.Should().BeEquivalentTo(new[]
        {
            new UserTenant { TenantId = "T1", RoleNames = ["admin", "auditor"] },
            new UserTenant { TenantId = "T2", RoleNames = ["reader"] },
        });
    }

    [Fact]
    public async Task With_membership_required_adding_roles_in_a_foreign_tenant_fails()
    {
        _emulator.Store.RolesRequireTenantMembership = true;

        var error = await _client.Awaiting(c => c.AddRolesAsync("alice", ["x"], "T2")).Should().ThrowAsync<DescopeApiException>();

        error.Which.ErrorCode.Should().Be("E011003");
        (await _client.LoadAsync("alice")).UserTenants.Should().ContainSingle();
    }

    [Fact]
    public async Task With_membership_required_setting_roles_in_a_foreign_tenant_fails_too()
    {
        _emulator.Store.RolesRequireTenantMembership = true;

        await _client.Awaiting(c => c.SetRolesAsync("alice", ["x"], "T2")).Should().ThrowAsync<DescopeApiException>();
        await _client.SetRolesAsync("alice", ["x"], "T1");

        (await _client.LoadAsync("alice")).UserTenants.Should().ContainSingle().Which.RoleNames.Should().Equal("x");
    }

    [Fact]
    public async Task A_tenant_named_later_is_named_on_its_members_at_once()
    {
        _emulator.Store.SeedTenant("T1", "Wonderland");

        (await _client.LoadAsync("alice")).UserTenants!.Single().TenantName.Should().Be("Wonderland");
    }

    [Fact]
    public void Seeding_copies_the_callers_lists()
    {
        var loginIds = new List<string> { "dora" };
        _emulator.Store.Seed(new User { LoginIds = loginIds });

        loginIds[0] = "changed";

        _emulator.Store.Find("dora").Should().NotBeNull();
        _emulator.Store.Find("changed").Should().BeNull();
        _emulator.Store.Invoking(s => s.Seed(new User { LoginIds = ["x", "X"] })).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task A_path_the_emulator_does_not_serve_is_not_mistaken_for_a_missing_user()
    {
        using var raw = RawClient();

        using var response = await raw.PostAsync("/v1/mgmt/user/no/such/operation", new StringContent("{}", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().Contain("does not serve");
    }

    [Fact]
    public async Task Add_tenant_joins_without_roles_and_remove_tenant_drops_its_roles()
    {
        _emulator.Store.SeedTenant("T2", "Looking Glass");
        await _client.AddTenantAsync("alice", "T2");
        var joined = await _client.LoadAsync("alice");
        await _client.RemoveTenantAsync("alice", "T1");
        var left = await _client.LoadAsync("alice");

        joined.UserTenants!.Last().Should().BeEquivalentTo(new UserTenant { TenantId = "T2", TenantName = "Looking Glass", RoleNames = [] });
        left.UserTenants.Should().ContainSingle().Which.TenantId.Should().Be("T2");
    }

    [Fact]
    public async Task Delete_removes_the_user_and_a_second_delete_succeeds()
    {
        await _client.DeleteAsync("alice");
        await _client.DeleteAsync("alice");

        await _client.Awaiting(c => c.LoadAsync("alice")).Should().ThrowAsync<DescopeNotFoundException>();
        _emulator.Store.Users.Should().BeEmpty();
    }

    [Fact]
    public async Task Batch_patch_patches_known_users_and_fails_unknown_ones()
    {
        _emulator.Store.Seed("bob");

        var result = await _client.PatchBatchAsync([new BatchUserPatch("alice") { Name = "A" }, new BatchUserPatch("ghost") { Name = "G" }, new BatchUserPatch("bob") { Status = UserStatus.Disabled }]);

        result.PatchedUsers.Select(u => u.LoginIds![0]).Should().Equal("alice", "bob");
        result.FailedUsers.Should().ContainSingle().Which.Should().Match<BatchPatchFailure>(f => f.LoginId == "ghost" && f.Failure.Contains("ghost"));
        (await _client.LoadAsync("bob")).Status.Should().Be(UserStatus.Disabled);
    }

    [Fact]
    public async Task Every_operation_on_an_unknown_user_is_not_found()
    {
        var calls = new Func<Task>[]
        {
            () => _client.UpdateAsync("ghost", new UserUpdate()),
            () => _client.UpdateStatusAsync("ghost", UserStatus.Enabled),
            () => _client.UpdateEmailAsync("ghost", "g@example.com"),
            () => _client.UpdatePhoneAsync("ghost", "+1"),
            () => _client.UpdateDisplayNameAsync("ghost", new DisplayName { Name = "G" }),
            () => _client.UpdateLoginIdAsync("ghost", "g2"),
            () => _client.PatchAsync("ghost", new UserPatch()),
            () => _client.AddRolesAsync("ghost", ["r"]),
            () => _client.RemoveRolesAsync("ghost", ["r"]),
            () => _client.SetRolesAsync("ghost", ["r"]),
            () => _client.AddTenantAsync("ghost", "T1"),
            () => _client.RemoveTenantAsync("ghost", "T1"),
            () => _client.LoadAsync("ghost"),
            () => _client.LoadByUserIdAsync("U0000000000000000000000000000"),
        };

        foreach (var call in calls)
        {
            var error = await call.Should().ThrowAsync<DescopeNotFoundException>();
            error.Which.ErrorCode.Should().Be("E062108");
        }
    }

    [Fact]
    public async Task A_wrong_or_missing_bearer_is_a_401_with_a_Descope_error_body()
    {
        using var wrongKey = new DescopeUserClient(new DescopeUserClientOptions { ProjectId = TestClients.ProjectId, ManagementKey = "wrong", BaseUrl = _emulator.BaseUrl });
        using var raw = new HttpClient();

        var error = await wrongKey.Awaiting(c => c.LoadAsync("alice")).Should().ThrowAsync<DescopeApiException>();
        using var anonymous = await raw.GetAsync(new Uri(_emulator.BaseUrl, "/v1/mgmt/user?loginId=alice"));

        error.Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Which.ErrorCode.Should().Be("E011004");
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.Content.ReadAsStringAsync()).Should().Contain("\"errorCode\":\"E011004\"");
    }

    [Theory]
    [InlineData("/v1/mgmt/user/update/status", """{"loginId":"alice","status":"suspended"}""", "E011003")]
    [InlineData("/v1/mgmt/user/update/status", """{"loginId":"alice"}""", "E011002")]
    [InlineData("/v1/mgmt/user/update/email", """{"email":"a@example.com"}""", "E011002")]
    [InlineData("/v1/mgmt/user/update/role/set", """{"loginId":"alice","roleNames":[]}""", "E011002")]
    [InlineData("/v1/mgmt/user/update/email", """{"loginId":"alice","email":42}""", "E011001")]
    [InlineData("/v1/mgmt/user/update/email", """not json""", "E011001")]
    [InlineData("/v2/mgmt/user/search", """{"limit":1.5}""", "E011001")]
    [InlineData("/v2/mgmt/user/search", """{"limit":99999999999}""", "E011001")]
    [InlineData("/v1/mgmt/user/update/email", """{"loginId":"alice","loginId":"bob"}""", "E011001")]
    public async Task Bad_requests_sent_by_hand_get_Descope_error_bodies(string path, string body, string expectedCode)
    {
        using var raw = RawClient();

        using var response = await raw.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errorCode").GetString().Should().Be(expectedCode);
        (await _client.LoadAsync("alice")).Status.Should().Be(UserStatus.Enabled);
    }

    [Fact]
    public async Task Basic_search_filters_and_pages()
    {
        _emulator.Store.Seed("bob@example.com", email: "bob@example.com");
        _emulator.Store.Seed("carol@example.com", email: "carol@example.com");
        await _client.DeactivateAsync("carol@example.com");
        using var raw = RawClient();

        var disabled = await SearchAsync(raw, """{"statuses":["disabled"]}""");
        var page2 = await SearchAsync(raw, """{"limit":2,"page":1}""");
        var byTenant = await SearchAsync(raw, """{"tenantIds":["T1"]}""");

        disabled.Users.Should().Equal("carol@example.com");
        page2.Users.Should().Equal("carol@example.com");
        page2.Total.Should().Be(3);
        byTenant.Users.Should().Equal("alice");
    }

    private HttpClient RawClient()
    {
        var raw = new HttpClient { BaseAddress = _emulator.BaseUrl };
        raw.DefaultRequestHeaders.Authorization = new("Bearer", $"{TestClients.ProjectId}:{TestClients.ManagementKey}");
        return raw;
    }

    private static async Task<(IReadOnlyList<string> Users, int Total)> SearchAsync(HttpClient raw, string body)
    {
        using var response = await raw.PostAsync("/v2/mgmt/user/search", new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var users = json.RootElement.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("loginIds")[0].GetString()!).ToArray();
        return (users, json.RootElement.GetProperty("total").GetInt32());
    }
}
