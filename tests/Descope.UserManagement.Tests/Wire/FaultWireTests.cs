using System.Net;
using Descope.UserManagement.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// WireMock.Net's own faults, delays and scenarios against the SDK's retry rules
/// (src/Descope.UserManagement/Http/RetryDecision.cs): UpdateStatus may be sent again after a failure that may have
/// reached the server; UpdateLoginId, a once-only operation, may not, and fails with
/// <see cref="DescopeOutcomeUnknownException"/> instead (src/Descope.UserManagement/Http/UnknownOutcome.cs). Back-off
/// is 1 ms, so nothing waits long.
/// </summary>
public sealed class FaultWireTests : WireTest
{
    private const int MaxRetries = 3;
    private const string StatusPath = "/v1/mgmt/user/update/status";
    private const string LoginIdPath = "/v1/mgmt/user/update/loginid";
    private const string DisableAlice = """{"loginId":"alice","status":"disabled"}""";
    private const string RenameAlice = """{"loginId":"alice","newLoginId":"alice.l"}""";
    private const string CreatePath = "/v1/mgmt/user/create";
    private const string InviteCarol = """{"loginId":"carol@example.com","invite":true}""";

    public enum Op
    {
        UpdateStatus,
        UpdateLoginId,
    }

    [Fact]
    public async Task A_503_then_success_is_retried_for_UpdateStatus_and_returns_the_user()
    {
        Descope.Expect("POST", StatusPath, DisableAlice).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(StubDescope.Json(503, """{"errorCode":"E000503","errorDescription":"Unavailable"}"""));
        Descope.Expect("POST", StatusPath, DisableAlice).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        var user = await RetryingClient().DeactivateAsync("alice");

        AnsweredUsers.ShouldBeTheFullSampleUser(user);
        Descope.RequestsTo(StatusPath).Select(r => r.Body).Should().Equal(DisableAlice, DisableAlice);
    }

    [Fact]
    public async Task A_503_to_UpdateLoginId_is_not_sent_again()
    {
        Descope.Expect("POST", LoginIdPath, RenameAlice).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(StubDescope.Json(503, """{"errorCode":"E000503","errorDescription":"Unavailable"}"""));
        Descope.Expect("POST", LoginIdPath, RenameAlice).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        var error = await RetryingClient().Awaiting(c => c.UpdateLoginIdAsync("alice", "alice.l")).Should().ThrowAsync<DescopeOutcomeUnknownException>();

        error.Which.ResponseStatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        error.Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        error.Which.ErrorCode.Should().Be("E000503");
        error.Which.Message.Should().Be(
            "Descope UpdateLoginId may have been applied: Descope answered HTTP 503 (E000503: Unavailable), and a second copy was not sent because it could act twice. Load the user to find out.");
        error.Which.InnerException.Should().BeOfType<DescopeApiException>().Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        Descope.RequestsTo(LoginIdPath).Should().ContainSingle("the first attempt may have changed the login ID");
    }

    [Fact]
    public async Task A_429_then_success_is_retried_even_for_UpdateLoginId()
    {
        Descope.Expect("POST", LoginIdPath, RenameAlice).InScenario("limited").WillSetStateTo("allowed")
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}"""));
        Descope.Expect("POST", LoginIdPath, RenameAlice).InScenario("limited").WhenStateIs("allowed")
            .RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        var user = await RetryingClient().UpdateLoginIdAsync("alice", "alice.l");

        AnsweredUsers.ShouldBeTheFullSampleUser(user);
        Descope.RequestsTo(LoginIdPath).Should().HaveCount(2, "a 429 means the server refused before acting");
    }

    [Fact]
    public async Task A_503_to_an_invite_is_not_sent_again_and_says_the_invitation_may_have_gone_out()
    {
        Descope.Expect("POST", CreatePath, InviteCarol).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(StubDescope.Json(503, """{"errorCode":"E000503","errorDescription":"Unavailable"}"""));
        Descope.Expect("POST", CreatePath, InviteCarol).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        var error = await RetryingClient().Awaiting(c => c.InviteAsync("carol@example.com", new UserCreate())).Should().ThrowAsync<DescopeOutcomeUnknownException>();

        error.Which.Operation.Should().Be("Invite");
        error.Which.ResponseStatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        error.Which.Message.Should().Contain("may have been applied").And.Contain("Load the user to find out");
        Descope.RequestsTo(CreatePath).Should().ContainSingle("a second copy would send a second invitation");
    }

    [Fact]
    public async Task A_429_to_an_invite_is_retried_because_nothing_was_sent()
    {
        Descope.Expect("POST", CreatePath, InviteCarol).InScenario("limited").WillSetStateTo("allowed")
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}"""));
        Descope.Expect("POST", CreatePath, InviteCarol).InScenario("limited").WhenStateIs("allowed")
            .RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));

        var user = await RetryingClient().InviteAsync("carol@example.com", new UserCreate());

        AnsweredUsers.ShouldBeTheFullSampleUser(user);
        Descope.RequestsTo(CreatePath).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(Op.UpdateStatus)]
    [InlineData(Op.UpdateLoginId)]
    public async Task An_empty_2xx_answer_is_an_unreadable_success_and_is_not_sent_again(Op op)
    {
        // EMPTY_RESPONSE: the status line and headers of the answer, with no body.
        Expect(op).RespondWith(Response.Create().WithStatusCode(200).WithBody(SampleUsers.UserAnswerJson).WithFault(FaultType.EMPTY_RESPONSE));

        var error = await Call(op, RetryingClient()).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Which.ErrorDescription.Should().Contain("not the JSON Descope sends");
        Descope.RequestsTo(PathOf(op)).Should().ContainSingle("the server answered 2xx: the change was made");
    }

    [Theory]
    [InlineData(Op.UpdateStatus)]
    [InlineData(Op.UpdateLoginId)]
    public async Task A_garbled_2xx_answer_is_an_unreadable_success_and_is_not_sent_again(Op op)
    {
        // MALFORMED_RESPONSE_CHUNK: half of the body followed by random bytes.
        Expect(op).RespondWith(Response.Create().WithStatusCode(200).WithBody(SampleUsers.UserAnswerJson).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        var error = await Call(op, RetryingClient()).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Which.ErrorDescription.Should().Contain("not the JSON Descope sends");
        Descope.RequestsTo(PathOf(op)).Should().ContainSingle("the server answered 2xx: the change was made");
    }

    [Theory]
    [InlineData(Op.UpdateStatus, MaxRetries + 1)]
    [InlineData(Op.UpdateLoginId, 1)]
    public async Task A_garbled_502_answer_is_retried_only_where_sending_again_is_harmless(Op op, int attempts)
    {
        Expect(op).RespondWith(Response.Create().WithStatusCode(502).WithBody("<html>502 Bad Gateway</html>").WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        var error = await Call(op, RetryingClient()).Should().ThrowAsync<DescopeApiException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        (error.Which is DescopeOutcomeUnknownException).Should().Be(op == Op.UpdateLoginId, "only the once-only operation may have been applied without an answer saying so");
        Descope.RequestsTo(PathOf(op)).Should().HaveCount(attempts);
    }

    [Theory]
    [InlineData(Op.UpdateStatus, MaxRetries + 1)]
    [InlineData(Op.UpdateLoginId, 1)]
    public async Task An_answer_slower_than_the_attempt_timeout_is_retried_only_where_sending_again_is_harmless(Op op, int attempts)
    {
        var recorder = new SentRequestRecorder();
        var client = RetryingClient(o => o.Timeout = TimeSpan.FromMilliseconds(400), recorder);
        await CompleteTheLicenseHandshakeAsync(client);
        Expect(op).RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson).WithDelay(TimeSpan.FromSeconds(2)));

        var error = await Call(op, client).Should().ThrowAsync<Exception>();

        var timeout = op == Op.UpdateStatus
            ? error.Which.Should().BeOfType<TimeoutException>().Subject
            : error.Which.Should().BeOfType<DescopeOutcomeUnknownException>().Which.InnerException.Should().BeOfType<TimeoutException>().Subject;
        timeout.Message.Should().Contain("attempt timeout");

        // Counted as sent by the client: WireMock.Net logs a request only once its (delayed) answer is ready.
        recorder.AttemptsTo(PathOf(op)).Should().Be(attempts);
    }

    private static string PathOf(Op op) => op == Op.UpdateStatus ? StatusPath : LoginIdPath;

    private static Func<Task<User>> Call(Op op, DescopeUserClient client) =>
        op == Op.UpdateStatus ? () => client.DeactivateAsync("alice") : () => client.UpdateLoginIdAsync("alice", "alice.l");

    private WireMock.Server.IRespondWithAProvider Expect(Op op) =>
        op == Op.UpdateStatus ? Descope.Expect("POST", StatusPath, DisableAlice) : Descope.Expect("POST", LoginIdPath, RenameAlice);

    private DescopeUserClient RetryingClient(Action<DescopeUserClientOptions>? configure = null, SentRequestRecorder? recorder = null) => Client(o =>
    {
        o.Retry = new DescopeRetryOptions
        {
            MaxRetries = MaxRetries, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), UseJitter = false,
        };
        configure?.Invoke(o);
    }, recorder);

    // A client's first call waits for the license handshake inside its attempt (src/Descope.UserManagement/Http/
    // DescopeLicenseHandler.cs), which a short attempt timeout may cut off before the request is sent. A call that
    // succeeded had the handshake finished, so the attempts counted afterwards all reach the server.
    private async Task CompleteTheLicenseHandshakeAsync(DescopeUserClient client)
    {
        Descope.Expect("GET", "/v1/mgmt/user", body: null, query: "?loginId=alice").RespondWith(StubDescope.Json(200, SampleUsers.UserAnswerJson));
        for (var call = 1; ; call++)
        {
            try
            {
                await client.LoadAsync("alice");
                return;
            }
            catch (TimeoutException) when (call < 10)
            {
            }
        }
    }
}
