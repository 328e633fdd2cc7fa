namespace Descope.UserManagement.Tests.Wire;

/// <summary>SetTemporaryPassword, SetActivePassword and ExpirePassword: the exact request; the path alone says which.</summary>
public sealed class CredentialWireTests : WireTest
{
    public static TheoryData<WireCase> Cases => new()
    {
        WireCase.ForNothing("SetTemporaryPassword", "sends the login ID and the password, no setActive", c => c.SetTemporaryPasswordAsync("alice", "Tmp-Pa55word!"),
            "POST", "/v1/mgmt/user/password/set/temporary", """{"loginId":"alice","password":"Tmp-Pa55word!"}"""),
        WireCase.ForNothing("SetTemporaryPassword", "ignores the cleartext Descope answers with", c => c.SetTemporaryPasswordAsync("U1", "x"),
            "POST", "/v1/mgmt/user/password/set/temporary", """{"loginId":"U1","password":"x"}""", answer: """{"cleartext":"x"}"""),
        WireCase.ForNothing("SetActivePassword", "sends the login ID and the password to the active path", c => c.SetActivePasswordAsync("alice", "Act1ve-Pa55word!"),
            "POST", "/v1/mgmt/user/password/set/active", """{"loginId":"alice","password":"Act1ve-Pa55word!"}"""),
        WireCase.ForNothing("SetActivePassword", "a password with quotes and non-ASCII is escaped as JSON", c => c.SetActivePasswordAsync("alice", "p\"ä"),
            "POST", "/v1/mgmt/user/password/set/active", """{"loginId":"alice","password":"p\u0022\u00E4"}""", answer: ""),
        WireCase.ForNothing("ExpirePassword", "sends only the login ID", c => c.ExpirePasswordAsync("alice"),
            "POST", "/v1/mgmt/user/password/expire", """{"loginId":"alice"}"""),
        WireCase.ForNothing("ExpirePassword", "an answer without a body", c => c.ExpirePasswordAsync("U1"),
            "POST", "/v1/mgmt/user/password/expire", """{"loginId":"U1"}""", answer: ""),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request(WireCase wireCase) => SendsExactlyAndReturnsTheAnswerAsync(wireCase);
}
