using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Validation;

/// <summary>Every argument check throws naming the parameter, and nothing reaches the emulator.</summary>
public sealed partial class ArgumentValidationTests
{
    public static TheoryData<InvalidCall> Calls()
    {
        var data = new TheoryData<InvalidCall>();
        foreach (var (label, badLoginId) in new[] { ("null", (string?)null), ("empty", ""), ("blank", "  \t") })
        {
            var id = badLoginId!;
            data.Add(new($"Update, {label} loginId", c => c.UpdateAsync(id, new UserUpdate()), "loginId"));
            data.Add(new($"UpdateStatus, {label} loginId", c => c.UpdateStatusAsync(id, UserStatus.Enabled), "loginId"));
            data.Add(new($"UpdateEmail, {label} loginId", c => c.UpdateEmailAsync(id, "a@example.com"), "loginId"));
            data.Add(new($"UpdatePhone, {label} loginId", c => c.UpdatePhoneAsync(id, "+12025550123"), "loginId"));
            data.Add(new($"UpdateDisplayName, {label} loginId", c => c.UpdateDisplayNameAsync(id, new DisplayName()), "loginId"));
            data.Add(new($"UpdateLoginId, {label} loginId", c => c.UpdateLoginIdAsync(id, "new"), "loginId"));
            data.Add(new($"Patch, {label} loginId", c => c.PatchAsync(id, new UserPatch()), "loginId"));
            data.Add(new($"AddRoles, {label} loginId", c => c.AddRolesAsync(id, ["r"]), "loginId"));
            data.Add(new($"RemoveRoles, {label} loginId", c => c.RemoveRolesAsync(id, ["r"]), "loginId"));
            data.Add(new($"SetRoles, {label} loginId", c => c.SetRolesAsync(id, ["r"]), "loginId"));
            data.Add(new($"RemoveTenant, {label} loginId", c => c.RemoveTenantAsync(id, "T1"), "loginId"));
            data.Add(new($"RemoveTenant, {label} tenantId", c => c.RemoveTenantAsync("alice", id), "tenantId"));
            data.Add(new($"Activate, {label} loginId", c => c.ActivateAsync(id), "loginId"));
            data.Add(new($"UpdatePicture, {label} loginId", c => c.UpdatePictureAsync(id, "https://example.com/a.png"), "loginId"));
            data.Add(new($"AddTenant, {label} loginId", c => c.AddTenantAsync(id, "T1"), "loginId"));
            data.Add(new($"AddTenant, {label} tenantId", c => c.AddTenantAsync("alice", id), "tenantId"));
            data.Add(new($"Load, {label} loginId", c => c.LoadAsync(id), "loginId"));
            data.Add(new($"LoadByUserId, {label} userId", c => c.LoadByUserIdAsync(id), "userId"));
            data.Add(new($"Create, {label} loginId", c => c.CreateAsync(id, new UserCreate()), "loginId"));
            data.Add(new($"CreateTestUser, {label} loginId", c => c.CreateTestUserAsync(id, new UserCreate()), "loginId"));
            data.Add(new($"Delete, {label} loginId", c => c.DeleteAsync(id), "loginId"));
            data.Add(new($"DeleteByUserId, {label} userId", c => c.DeleteByUserIdAsync(id), "userId"));
            data.Add(new($"Invite, {label} loginId", c => c.InviteAsync(id, new UserCreate()), "loginId"));
            data.Add(new($"Logout, {label} loginId", c => c.LogoutAsync(id), "loginId"));
            data.Add(new($"LogoutByUserId, {label} userId", c => c.LogoutByUserIdAsync(id, ["web"]), "userId"));
            data.Add(new($"SetTemporaryPassword, {label} loginId", c => c.SetTemporaryPasswordAsync(id, "Pa55word!"), "loginId"));
            data.Add(new($"SetActivePassword, {label} loginId", c => c.SetActivePasswordAsync(id, "Pa55word!"), "loginId"));
            data.Add(new($"ExpirePassword, {label} loginId", c => c.ExpirePasswordAsync(id), "loginId"));
            data.Add(new($"UpdateCustomAttribute, {label} loginId", c => c.UpdateCustomAttributeAsync(id, "plan", "gold"), "loginId"));
            data.Add(new($"UpdateCustomAttribute, {label} attributeKey", c => c.UpdateCustomAttributeAsync("alice", id, "gold"), "attributeKey"));
            data.Add(new($"UpdateRecoveryEmail, {label} loginId", c => c.UpdateRecoveryEmailAsync(id, "a@example.com"), "loginId"));
            data.Add(new($"UpdateRecoveryPhone, {label} loginId", c => c.UpdateRecoveryPhoneAsync(id, "+12025550123"), "loginId"));
            data.Add(new($"AddSsoApps, {label} loginId", c => c.AddSsoAppsAsync(id, ["app"]), "loginId"));
            data.Add(new($"SetSsoApps, {label} loginId", c => c.SetSsoAppsAsync(id, ["app"]), "loginId"));
            data.Add(new($"RemoveSsoApps, {label} loginId", c => c.RemoveSsoAppsAsync(id, ["app"]), "loginId"));
            if (badLoginId is not null)
            {
                data.Add(new($"AddRoles, {label} tenantId", c => c.AddRolesAsync("alice", ["r"], id), "tenantId"));
                data.Add(new($"SetRoles, {label} tenantId", c => c.SetRolesAsync("alice", ["r"], id), "tenantId"));
                data.Add(new($"RemoveRoles, {label} tenantId", c => c.RemoveRolesAsync("alice", ["r"], id), "tenantId"));
            }
        }

        data.Add(new("Update, null user", c => c.UpdateAsync("alice", null!), "user"));
        data.Add(new("Search, null query", c => c.SearchAsync(null!), "query"));
        data.Add(new("Search, negative limit", c => c.SearchAsync(new UserSearch { Limit = -1 }), "query"));
        data.Add(new("Search, negative page", c => c.SearchAsync(new UserSearch { Page = -1 }), "query"));
        data.Add(new("Search, a blank login ID", c => c.SearchAsync(new UserSearch { LoginIds = ["a", " "] }), "query"));
        data.Add(new("Search, a null user ID", c => c.SearchAsync(new UserSearch { UserIds = [null!] }), "query"));
        data.Add(new("Search, an empty email", c => c.SearchAsync(new UserSearch { Emails = [""] }), "query"));
        data.Add(new("Search, an inverted created range", c => c.SearchAsync(new UserSearch { CreatedAfter = DateTimeOffset.UtcNow, CreatedBefore = DateTimeOffset.UtcNow.AddDays(-1) }), "query"));
        data.Add(new("Search, an inverted modified range", c => c.SearchAsync(new UserSearch { ModifiedAfter = DateTimeOffset.UtcNow, ModifiedBefore = DateTimeOffset.UtcNow.AddDays(-1) }), "query"));
        data.Add(new("Search, an unknown status", c => c.SearchAsync(new UserSearch { Statuses = [UserStatus.Unknown] }), "query"));
        data.Add(new("Search, a tenant role filter without roles", c => c.SearchAsync(new UserSearch { TenantRoleNames = new Dictionary<string, RoleFilter> { ["T1"] = new([]) } }), "query"));
        data.Add(new("Search, a sort without a field", c => c.SearchAsync(new UserSearch { Sort = [new UserSort(" ")] }), "query"));
        data.Add(new("Search, an unsupported attribute value", c => c.SearchAsync(new UserSearch { CustomAttributes = new Dictionary<string, object?> { ["when"] = DateTime.UtcNow } }), "query"));
        data.Add(new("Search, white-space text", c => c.SearchAsync(new UserSearch { Text = "  " }), "query"));
        data.Add(new("SearchTestUsers, negative limit", c => c.SearchTestUsersAsync(new UserSearch { Limit = -5 }), "query"));
        data.Add(new("SearchAll, negative page", c => Task.FromResult(c.SearchAllAsync(new UserSearch { Page = -1 })), "query"));
        data.Add(new("LoadUsers, null list", c => c.LoadUsersAsync(null!), "userIds"));
        data.Add(new("LoadUsers, empty list", c => c.LoadUsersAsync([]), "userIds"));
        data.Add(new("LoadUsers, a blank user ID", c => c.LoadUsersAsync(["U1", " "]), "userIds"));
        data.Add(new("Create, null user", c => c.CreateAsync("alice", null!), "user"));
        data.Add(new("CreateTestUser, null user", c => c.CreateTestUserAsync("alice", null!), "user"));
        data.Add(new("Patch, null patch", c => c.PatchAsync("alice", null!), "patch"));
        data.Add(new("UpdateDisplayName, null name", c => c.UpdateDisplayNameAsync("alice", null!), "name"));
        data.Add(new("UpdateLoginId, blank new login ID", c => c.UpdateLoginIdAsync("alice", "   "), "newLoginId"));
        data.Add(new("UpdateStatus, undefined value", c => c.UpdateStatusAsync("alice", (UserStatus)42), "status"));
        data.Add(new("UpdateStatus, Unknown", c => c.UpdateStatusAsync("alice", UserStatus.Unknown), "status"));
        data.Add(new("UpdateStatus, Expired is not settable", c => c.UpdateStatusAsync("alice", UserStatus.Expired), "status"));
        data.Add(new("Patch, undefined status", c => c.PatchAsync("alice", new UserPatch { Status = (UserStatus)42 }), "patch"));
        data.Add(new("Patch, tenant without ID", c => c.PatchAsync("alice", new UserPatch { UserTenants = [new TenantRoles("")] }), "patch"));
        data.Add(new("Update, null tenant entry", c => c.UpdateAsync("alice", new UserUpdate { UserTenants = [null!] }), "user"));
        data.Add(new("Update, unsupported custom attribute value", c => c.UpdateAsync("alice", new UserUpdate
        {
            CustomAttributes = new Dictionary<string, object?> { ["when"] = DateTime.UtcNow },
        }), "user"));
        data.Add(new("Patch, nested list custom attribute value", c => c.PatchAsync("alice", new UserPatch
        {
            CustomAttributes = new Dictionary<string, object?> { ["grid"] = new[] { new[] { 1 } } },
        }), "patch"));
        data.Add(new("Deactivate, blank login ID", c => c.DeactivateAsync(" "), "loginId"));
        data.Add(new("Patch, a null role name", c => c.PatchAsync("alice", new UserPatch { RoleNames = ["a", null!] }), "patch"));
        data.Add(new("Update, a blank SSO app ID", c => c.UpdateAsync("alice", new UserUpdate { SsoAppIds = [" "] }), "user"));
        data.Add(new("Patch, a null additional identifier", c => c.PatchAsync("alice", new UserPatch { AdditionalIdentifiers = [null!] }), "patch"));
        data.Add(new("Patch, tenant roles set to null", c => c.PatchAsync("alice", new UserPatch { UserTenants = [new TenantRoles("T1") { RoleNames = null! }] }), "patch"));
        data.Add(new("Patch, a blank tenant role", c => c.PatchAsync("alice", new UserPatch { UserTenants = [new TenantRoles("T1", [""])] }), "patch"));
        data.Add(new("Patch, NaN custom attribute", c => c.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["x"] = double.NaN } }), "patch"));
        data.Add(new("Patch, infinite custom attribute", c => c.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["x"] = float.PositiveInfinity } }), "patch"));
        data.Add(new("Patch, empty JsonElement custom attribute", c => c.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { ["x"] = default(System.Text.Json.JsonElement) } }), "patch"));
        data.Add(new("Patch, empty custom attribute key", c => c.PatchAsync("alice", new UserPatch { CustomAttributes = new Dictionary<string, object?> { [""] = 1 } }), "patch"));
        data.Add(new("AddRoles, null roles", c => c.AddRolesAsync("alice", null!), "roleNames"));
        data.Add(new("AddRoles, no roles", c => c.AddRolesAsync("alice", []), "roleNames"));
        data.Add(new("RemoveRoles, no roles", c => c.RemoveRolesAsync("alice", Enumerable.Empty<string>()), "roleNames"));
        data.Add(new("SetRoles, a blank role", c => c.SetRolesAsync("alice", ["admin", " "]), "roleNames"));
        data.Add(new("SetRoles, a null role", c => c.SetRolesAsync("alice", ["admin", null!]), "roleNames"));
        data.Add(new("PatchBatch, null", c => c.PatchBatchAsync(null!), "users"));
        data.Add(new("PatchBatch, empty", c => c.PatchBatchAsync([]), "users"));
        data.Add(new("PatchBatch, null item", c => c.PatchBatchAsync([new BatchUserPatch("a"), null!]), "users"));
        data.Add(new("PatchBatch, item without login ID", c => c.PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch(" ")]), "users"));
        data.Add(new("PatchBatch, item with null login ID", c => c.PatchBatchAsync([new BatchUserPatch(null!)]), "users"));
        data.Add(new("PatchBatch, the same user twice", c => c.PatchBatchAsync([new BatchUserPatch("a@x.com"), new BatchUserPatch("A@X.com")]), "users"));
        data.Add(new("PatchBatch, an item with an undefined status", c => c.PatchBatchAsync([new BatchUserPatch("a") { Status = (UserStatus)9 }]), "users"));
        data.Add(new("Invite, null user", c => c.InviteAsync("carol", null!), "user"));
        data.Add(new("Invite, a user that says not to invite", c => c.InviteAsync("carol", new UserCreate { Invite = false }), "user"));
        data.Add(new("Invite, a blank invite URL", c => c.InviteAsync("carol", new UserCreate(), new InviteOptions { InviteUrl = " " }), "options"));
        data.Add(new("Invite, a blank invite URL on the user", c => c.InviteAsync("carol", new UserCreate { InviteUrl = "" }), "user"));
        data.Add(new("Invite, a null template option", c => c.InviteAsync("carol", new UserCreate(), new InviteOptions { TemplateOptions = new Dictionary<string, string> { ["k"] = null! } }), "options"));
        data.Add(new("Invite, a blank role", c => c.InviteAsync("carol", new UserCreate { RoleNames = [" "] }), "user"));
        data.Add(new("CreateBatch, null", c => c.CreateBatchAsync(null!), "users"));
        data.Add(new("CreateBatch, empty", c => c.CreateBatchAsync([]), "users"));
        data.Add(new("CreateBatch, null item", c => c.CreateBatchAsync([new BatchUserCreate("a"), null!]), "users"));
        data.Add(new("CreateBatch, item without login ID", c => c.CreateBatchAsync([new BatchUserCreate(" ")]), "users"));
        data.Add(new("CreateBatch, the same login ID twice", c => c.CreateBatchAsync([new BatchUserCreate("a@x.com"), new BatchUserCreate("A@X.com")]), "users"));
        data.Add(new("CreateBatch, an unknown status", c => c.CreateBatchAsync([new BatchUserCreate("a") { Status = UserStatus.Unknown }]), "users"));
        data.Add(new("CreateBatch, a password and a hash", c => c.CreateBatchAsync([new BatchUserCreate("a") { Password = "x", HashedPassword = new Md5HashedPassword("5f4d") }]), "users"));
        data.Add(new("CreateBatch, an empty password", c => c.CreateBatchAsync([new BatchUserCreate("a") { Password = "" }]), "users"));
        data.Add(new("CreateBatch, an empty seed", c => c.CreateBatchAsync([new BatchUserCreate("a") { Seed = "" }]), "users"));
        data.Add(new("CreateBatch, a hash that is not base64", c => c.CreateBatchAsync([new BatchUserCreate("a") { HashedPassword = new Pbkdf2HashedPassword("not base64!", "c2FsdA==", 1000, "sha256") }]), "users"));
        data.Add(new("CreateBatch, an empty bcrypt hash", c => c.CreateBatchAsync([new BatchUserCreate("a") { HashedPassword = new BcryptHashedPassword("") }]), "users"));
        data.Add(new("CreateBatch, argon2 without threads", c => c.CreateBatchAsync([new BatchUserCreate("a") { HashedPassword = new Argon2HashedPassword("aGFzaA==", "c2FsdA==", 3, 65536, 0) }]), "users"));
        data.Add(new("CreateBatch, a creation time before 1970", c => c.CreateBatchAsync([new BatchUserCreate("a") { CreatedTime = new DateTimeOffset(1969, 12, 31, 0, 0, 0, TimeSpan.Zero) }]), "users"));
        data.Add(new("CreateBatch, a blank tenant", c => c.CreateBatchAsync([new BatchUserCreate("a") { UserTenants = [new TenantRoles(" ")] }]), "users"));
        data.Add(new("InviteBatch, null", c => c.InviteBatchAsync(null!), "users"));
        data.Add(new("InviteBatch, empty", c => c.InviteBatchAsync([]), "users"));
        data.Add(new("InviteBatch, a blank template ID", c => c.InviteBatchAsync([new BatchUserCreate("a")], new InviteOptions { TemplateId = "" }), "options"));
        data.Add(new("InviteBatch, a blank locale", c => c.InviteBatchAsync([new BatchUserCreate("a")], new InviteOptions { Locale = " " }), "options"));
        data.Add(new("DeleteBatch, null list", c => c.DeleteBatchAsync(null!), "userIds"));
        data.Add(new("DeleteBatch, empty list", c => c.DeleteBatchAsync([]), "userIds"));
        data.Add(new("DeleteBatch, a blank user ID", c => c.DeleteBatchAsync(["U1", " "]), "userIds"));
        data.Add(new("Logout, no session types", c => c.LogoutAsync("alice", []), "sessionTypes"));
        data.Add(new("Logout, a blank session type", c => c.LogoutAsync("alice", ["web", ""]), "sessionTypes"));
        data.Add(new("LogoutByUserId, a null session type", c => c.LogoutByUserIdAsync("U1", [null!]), "sessionTypes"));
        data.Add(new("SetTemporaryPassword, null password", c => c.SetTemporaryPasswordAsync("alice", null!), "password"));
        data.Add(new("SetTemporaryPassword, empty password", c => c.SetTemporaryPasswordAsync("alice", ""), "password"));
        data.Add(new("SetActivePassword, null password", c => c.SetActivePasswordAsync("alice", null!), "password"));
        data.Add(new("SetActivePassword, empty password", c => c.SetActivePasswordAsync("alice", ""), "password"));
        data.Add(new("UpdateCustomAttribute, an unsupported value", c => c.UpdateCustomAttributeAsync("alice", "when", DateTime.UtcNow), "value"));
        data.Add(new("UpdateCustomAttribute, a nested list", c => c.UpdateCustomAttributeAsync("alice", "grid", new[] { new[] { 1 } }), "value"));
        data.Add(new("UpdateCustomAttribute, NaN", c => c.UpdateCustomAttributeAsync("alice", "ratio", double.NaN), "value"));
        data.Add(new("AddSsoApps, null list", c => c.AddSsoAppsAsync("alice", null!), "ssoAppIds"));
        data.Add(new("AddSsoApps, empty list", c => c.AddSsoAppsAsync("alice", []), "ssoAppIds"));
        data.Add(new("RemoveSsoApps, empty list", c => c.RemoveSsoAppsAsync("alice", []), "ssoAppIds"));
        data.Add(new("SetSsoApps, null list", c => c.SetSsoAppsAsync("alice", null!), "ssoAppIds"));
        data.Add(new("SetSsoApps, a blank app ID", c => c.SetSsoAppsAsync("alice", ["app", " "]), "ssoAppIds"));
        AddTestUserCalls(data);
        AddAuthenticatorCalls(data);
        AddAttributeDefinitionCalls(data);
        return data;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Invalid_argument_throws_naming_the_parameter_before_any_request(InvalidCall call)
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        Func<Task> act = () => call.Invoke(client);

        var thrown = await act.Should().ThrowAsync<ArgumentException>();

        thrown.Which.ParamName.Should().Be(call.ParameterName);
        emulator.ManagementRequests().Should().BeEmpty("an invalid argument must be caught before the network");
    }

    [Fact]
    public async Task An_invalid_item_late_in_a_batch_stops_the_whole_batch_before_any_request()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator, batchSize: 1);
        var patches = Enumerable.Range(0, 5).Select(i => new BatchUserPatch($"user{i}")).Append(new BatchUserPatch(""));

        await client.Awaiting(c => c.PatchBatchAsync(patches)).Should().ThrowAsync<ArgumentException>().WithParameterName("users");

        emulator.ManagementRequests().Should().BeEmpty();
    }

    [Fact]
    public async Task In_a_batch_the_problem_at_the_lowest_index_is_the_one_reported()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var badRolesFirst = await client.Awaiting(c => c.PatchBatchAsync([new BatchUserPatch("a") { RoleNames = [""] }, new BatchUserPatch("A")]))
            .Should().ThrowAsync<ArgumentException>();
        var repeatBeforeNull = await client.Awaiting(c => c.PatchBatchAsync([new BatchUserPatch("a"), new BatchUserPatch("A"), null!]))
            .Should().ThrowAsync<ArgumentException>();

        badRolesFirst.Which.Message.Should().StartWith("RoleNames[0]");
        repeatBeforeNull.Which.Message.Should().StartWith("The login ID of the batch item at index 1 appears earlier");
    }

    [Theory]
    [InlineData(new[] { "a", "B", "c", "b" }, 3)]
    [InlineData(new[] { "x", "y", "Y", "x", "y" }, 2)]
    [InlineData(new[] { "q", "r", "s", "r", "q" }, 3)]
    public async Task A_repeated_login_id_is_named_by_the_index_where_it_repeats(string[] loginIds, int index)
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        using var client = TestClients.For(emulator);

        var thrown = await client.Awaiting(c => c.PatchBatchAsync(loginIds.Select(id => new BatchUserPatch(id)))).Should().ThrowAsync<ArgumentException>();

        thrown.WithParameterName("users").WithMessage($"The login ID of the batch item at index {index} appears earlier in the batch.*");
    }

    [Fact]
    public async Task The_extension_methods_check_their_client()
    {
        IDescopeUserClient client = null!;
        Func<Task> act = () => client.ActivateAsync("alice");

        await act.Should().ThrowAsync<ArgumentNullException>().WithParameterName("client");
    }
}

/// <summary>A call that must be refused, and the parameter the refusal must name.</summary>
public sealed record InvalidCall(string Name, Func<IDescopeUserClient, Task> Invoke, string ParameterName)
{
    /// <summary>The operation the case checks: the name before the first comma (a row name, or a convenience over one).</summary>
    public string Operation => Name.Split(',')[0];

    public override string ToString() => Name;
}
