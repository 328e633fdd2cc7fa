using System.Runtime.InteropServices;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>UpdateStatus (with Activate and Deactivate) and UpdateLoginId: the exact request and the user returned.</summary>
public sealed class StatusAndLoginIdWireTests : WireTest
{
    private const string StatusPath = "/v1/mgmt/user/update/status";
    private const string LoginIdPath = "/v1/mgmt/user/update/loginid";

    public static TheoryData<WireCase> Cases => new()
    {
        WireCase.ForUser("UpdateStatus", "enabled", c => c.UpdateStatusAsync("alice", UserStatus.Enabled),
            "POST", StatusPath, """{"loginId":"alice","status":"enabled"}"""),
        WireCase.ForUser("UpdateStatus", "invited", c => c.UpdateStatusAsync("alice", UserStatus.Invited),
            "POST", StatusPath, """{"loginId":"alice","status":"invited"}"""),
        WireCase.ForUser("UpdateStatus", "Deactivate sends disabled and returns the disabled user", c => c.DeactivateAsync("alice"),
            "POST", StatusPath, """{"loginId":"alice","status":"disabled"}""") with
        {
            Answer = AnsweredUsers.Answer("""{"loginIds":["alice"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z","status":"disabled"}"""),
            Returned = result => result.Should().BeOfType<User>().Which.Status.Should().Be(UserStatus.Disabled),
        },
        WireCase.ForUser("UpdateStatus", "Activate sends enabled", c => c.ActivateAsync("alice"),
            "POST", StatusPath, """{"loginId":"alice","status":"enabled"}"""),
        WireCase.ForUser("UpdateStatus", "a user ID works where a login ID is asked for", c => c.UpdateStatusAsync("U2aAc4T2V93bddihGEx2Ryhc8e5Z", UserStatus.Disabled),
            "POST", StatusPath, """{"loginId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z","status":"disabled"}"""),
        WireCase.ForUser("UpdateLoginId", "null removes the login ID: sends no newLoginId", c => c.UpdateLoginIdAsync("alice", null),
            "POST", LoginIdPath, """{"loginId":"alice"}"""),
        WireCase.ForUser("UpdateLoginId", "sends the new login ID and returns the user under it", c => c.UpdateLoginIdAsync("alice", "alice2@example.com"),
            "POST", LoginIdPath, """{"loginId":"alice","newLoginId":"alice2@example.com"}""") with
        {
            Answer = AnsweredUsers.Answer("""{"loginIds":["alice2@example.com"],"userId":"U2aAc4T2V93bddihGEx2Ryhc8e5Z"}"""),
            Returned = result => result.Should().BeOfType<User>().Which.LoginIds.Should().Equal("alice2@example.com"),
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Sends_exactly_the_expected_request_and_returns_the_answered_user(WireCase wireCase) =>
        SendsExactlyAndReturnsTheAnswerAsync(wireCase);

    [Fact]
    public async Task Every_request_carries_the_project_and_sdk_headers_and_no_cookie()
    {
        Descope.Expect("POST", StatusPath, """{"loginId":"alice","status":"enabled"}""").RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        await Client().UpdateStatusAsync("alice", UserStatus.Enabled);

        var request = Descope.SingleRequest();
        StubDescope.Header(request, "x-descope-project-id").Should().Be(TestClients.ProjectId);
        StubDescope.Header(request, "x-descope-sdk-name").Should().Be("Descope.UserManagement");
        StubDescope.Header(request, "x-descope-sdk-version").Should().MatchRegex(@"^\d+\.\d+\.\d+").And.Be(StubDescope.SdkVersion);
        StubDescope.Header(request, "x-descope-sdk-dotnet-version").Should().Be(RuntimeInformation.FrameworkDescription);
        StubDescope.Header(request, "Content-Type").Should().Be("application/json");
        (StubDescope.Header(request, "Authorization") == StubDescope.Authorization).Should().BeTrue("the bearer token is the project ID and key");
        StubDescope.Header(request, "Cookie").Should().BeNull();
    }

    [Fact]
    public async Task A_sparse_user_answer_reads_with_missing_fields_as_null()
    {
        Descope.Expect("POST", StatusPath, """{"loginId":"alice","status":"enabled"}""").RespondWith(StubDescope.Json(200, SampleUsers.SparseUserAnswerJson));

        var user = await Client().UpdateStatusAsync("alice", UserStatus.Enabled);

        user.UserId.Should().Be("U1");
        user.LoginIds.Should().BeNull();
        user.Status.Should().BeNull();
        user.CreatedTime.Should().BeNull();
        user.CustomAttributes.Should().BeNull();
        user.AdditionalProperties.Should().BeNull();
    }
}
