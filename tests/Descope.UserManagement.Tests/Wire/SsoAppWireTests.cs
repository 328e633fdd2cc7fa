namespace Descope.UserManagement.Tests.Wire;

/// <summary>AddSsoApps, SetSsoApps and RemoveSsoApps: the exact request and the user returned.</summary>
public sealed class SsoAppWireTests : WireTest
{
    public static TheoryData<WireCase> Cases => new()
    {
        WireCase.ForUser("AddSsoApps", "minimal, one app", c => c.AddSsoAppsAsync("alice", ["app1"]),
            "POST", "/v1/mgmt/user/update/ssoapp/add", """{"loginId":"alice","ssoAppIds":["app1"]}"""),
        WireCase.ForUser("AddSsoApps", "full, several apps in order", c => c.AddSsoAppsAsync("U1", ["app1", "descope-default-oidc"]),
            "POST", "/v1/mgmt/user/update/ssoapp/add", """{"loginId":"U1","ssoAppIds":["app1","descope-default-oidc"]}"""),
        WireCase.ForUser("SetSsoApps", "minimal, an empty list is sent as given", c => c.SetSsoAppsAsync("alice", []),
            "POST", "/v1/mgmt/user/update/ssoapp/set", """{"loginId":"alice","ssoAppIds":[]}"""),
        WireCase.ForUser("SetSsoApps", "full, the apps that replace the user's", c => c.SetSsoAppsAsync("alice", ["app2", "app3"]),
            "POST", "/v1/mgmt/user/update/ssoapp/set", """{"loginId":"alice","ssoAppIds":["app2","app3"]}"""),
        WireCase.ForUser("RemoveSsoApps", "minimal, one app", c => c.RemoveSsoAppsAsync("alice", ["app1"]),
            "POST", "/v1/mgmt/user/update/ssoapp/remove", """{"loginId":"alice","ssoAppIds":["app1"]}"""),
        WireCase.ForUser("RemoveSsoApps", "full, several apps", c => c.RemoveSsoAppsAsync("alice", ["app1", "app2"]),
            "POST", "/v1/mgmt/user/update/ssoapp/remove", """{"loginId":"alice","ssoAppIds":["app1","app2"]}"""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answered_user(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);
}
