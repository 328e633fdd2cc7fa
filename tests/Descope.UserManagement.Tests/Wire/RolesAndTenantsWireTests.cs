namespace Descope.UserManagement.Tests.Wire;

/// <summary>AddRoles, RemoveRoles, SetRoles, AddTenant and RemoveTenant: the exact request and the user returned.</summary>
public sealed class RolesAndTenantsWireTests : WireTest
{
    public static TheoryData<WireCase> Cases => new()
    {
        WireCase.ForUser("AddRoles", "project level, on the v2 path", c => c.AddRolesAsync("alice", ["admin"]),
            "POST", "/v2/mgmt/user/update/role/add", """{"loginId":"alice","roleNames":["admin"]}"""),
        WireCase.ForUser("AddRoles", "in a tenant, on the v2 path", c => c.AddRolesAsync("alice", ["admin", "viewer"], "T1"),
            "POST", "/v2/mgmt/user/update/role/add", """{"loginId":"alice","roleNames":["admin","viewer"],"tenantId":"T1"}"""),
        WireCase.ForUser("RemoveRoles", "project level, on the v1 path", c => c.RemoveRolesAsync("alice", ["admin"]),
            "POST", "/v1/mgmt/user/update/role/remove", """{"loginId":"alice","roleNames":["admin"]}"""),
        WireCase.ForUser("RemoveRoles", "in a tenant, on the v1 path", c => c.RemoveRolesAsync("alice", ["admin"], "T1"),
            "POST", "/v1/mgmt/user/update/role/remove", """{"loginId":"alice","roleNames":["admin"],"tenantId":"T1"}"""),
        WireCase.ForUser("SetRoles", "project level, on the v1 path", c => c.SetRolesAsync("alice", ["viewer"]),
            "POST", "/v1/mgmt/user/update/role/set", """{"loginId":"alice","roleNames":["viewer"]}"""),
        WireCase.ForUser("SetRoles", "in a tenant, from a lazy sequence", c => c.SetRolesAsync("alice", new[] { "a", "b" }.Select(r => r.ToUpperInvariant()), "T1"),
            "POST", "/v1/mgmt/user/update/role/set", """{"loginId":"alice","roleNames":["A","B"],"tenantId":"T1"}"""),
        WireCase.ForUser("RemoveTenant", "sends the login ID and tenant ID", c => c.RemoveTenantAsync("alice", "T1"),
            "POST", "/v1/mgmt/user/update/tenant/remove", """{"loginId":"alice","tenantId":"T1"}"""),
        WireCase.ForUser("AddTenant", "sends the login ID and tenant ID and returns the user's tenants", c => c.AddTenantAsync("alice", "T2"),
            "POST", "/v1/mgmt/user/update/tenant/add", """{"loginId":"alice","tenantId":"T2"}""") with
        {
            Answer = AnsweredUsers.Answer("""
                {"loginIds":["alice"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z",
                 "userTenants":[{"tenantId":"T1","roleNames":["admin"]},{"tenantId":"T2","roleNames":[]}]}
                """),
            Returned = result => result.Should().BeOfType<User>().Which.UserTenants!.Select(t => t.TenantId).Should().Equal("T1", "T2"),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answered_user(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);
}
