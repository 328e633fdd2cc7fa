using System.Net;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Wire;

/// <summary>
/// What a caller gets for each kind of failed answer: Descope's error JSON, rate limits with Retry-After, pages that
/// are not JSON, empty bodies, 2xx answers that cannot be read, redirects and broken connections.
/// </summary>
public sealed class ErrorWireTests : WireTest
{
    private const string StatusPath = "/v1/mgmt/user/update/status";
    private const string SetRolesPath = "/v1/mgmt/user/update/role/set";
    private const string RemoveTenantPath = "/v1/mgmt/user/update/tenant/remove";
    private const string EnableAlice = """{"loginId":"alice","status":"enabled"}""";
    private const string SetAdmin = """{"loginId":"alice","roleNames":["admin"]}""";
    private const string RemoveT1 = """{"loginId":"alice","tenantId":"T1"}""";

    [Fact]
    public async Task A_400_with_a_Descope_body_carries_status_code_texts_and_operation()
    {
        Descope.Expect("POST", "/v1/mgmt/user/update/email", """{"loginId":"alice","email":"not-an-email","verified":false,"failOnConflict":false}""")
            .RespondWith(StubDescope.Json(400, """{"errorCode":"E011003","errorDescription":"Request is invalid","errorMessage":"The email field is malformed"}"""));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().UpdateEmailAsync("alice", "not-an-email"));

        error.Should().BeOfType<DescopeApiException>();
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.ErrorCode.Should().Be("E011003");
        error.ErrorDescription.Should().Be("Request is invalid");
        error.ErrorMessage.Should().Be("The email field is malformed");
        error.Operation.Should().Be("UpdateEmail");
        error.ResponseBodySnippet.Should().BeNull();
        error.Message.Should().Be("Descope UpdateEmail failed with HTTP 400 (E011003): Request is invalid - The email field is malformed.");
    }

    [Theory]
    [InlineData(404, "E112102")]
    [InlineData(400, "E112102")]
    [InlineData(400, "E062108")]
    public async Task User_not_found_is_a_DescopeNotFoundException(int status, string code)
    {
        Descope.Expect("POST", StatusPath, """{"loginId":"ghost","status":"disabled"}""")
            .RespondWith(StubDescope.Json(status, $$"""{"errorCode":"{{code}}","errorDescription":"User not found"}"""));

        var error = await ThrowsAsync<DescopeNotFoundException>(() => Client().UpdateStatusAsync("ghost", UserStatus.Disabled));

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorCode.Should().Be(code);
        error.Operation.Should().Be("UpdateStatus");
    }

    [Fact]
    public async Task A_429_with_Retry_After_seconds_is_a_DescopeRateLimitException_with_the_wait()
    {
        Descope.Expect("POST", SetRolesPath, SetAdmin)
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}""").WithHeader("Retry-After", "7"));

        var error = await ThrowsAsync<DescopeRateLimitException>(() => Client().SetRolesAsync("alice", ["admin"]));

        error.StatusCode.Should().Be((HttpStatusCode)429);
        error.ErrorCode.Should().Be("E130429");
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_429_with_Retry_After_as_an_http_date_is_measured_against_the_server_date()
    {
        // WireMock.Net always sends its own Date header; the answer's Retry-After is a minute past it at the latest.
        // The client's own clock is set weeks earlier, so a wait measured against it would come out far longer.
        var retryAt = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        Descope.Expect("POST", SetRolesPath, SetAdmin)
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}""").WithHeader("Retry-After", retryAt.ToString("R")));
        var options = Descope.Options();
        options.TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(retryAt.AddDays(-30));
        var recorder = new SentRequestRecorder();
        using var http = DescopeUserClient.CreateHttpClient(options, recorder);
        using var client = new DescopeUserClient(http, options);

        var error = await ThrowsAsync<DescopeRateLimitException>(() => client.SetRolesAsync("alice", ["admin"]));

        var serverDate = recorder.DateOf(SetRolesPath);
        serverDate.Should().NotBeNull("the server sent its date");
        error.RetryAfter.Should().Be(retryAt - serverDate!.Value);
    }

    [Fact]
    public async Task A_429_without_Retry_After_has_no_wait()
    {
        Descope.Expect("POST", SetRolesPath, SetAdmin)
            .RespondWith(StubDescope.Json(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}"""));

        var error = await ThrowsAsync<DescopeRateLimitException>(() => Client().SetRolesAsync("alice", ["admin"]));

        error.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task A_502_html_page_is_an_error_with_a_one_line_snippet()
    {
        Descope.Expect("POST", RemoveTenantPath, RemoveT1).RespondWith(StubDescope.Json(
            502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>" + new string('x', 5000) + "</body></html>", contentType: "text/html"));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().RemoveTenantAsync("alice", "T1"));

        error.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        error.ErrorCode.Should().BeNull();
        error.ResponseBodySnippet.Should().StartWith("<html>  <head><title>502 Bad Gateway</title></head> <body>xxx");
        error.ResponseBodySnippet!.Length.Should().BeLessThanOrEqualTo(256);
        error.ResponseBodySnippet.Should().NotContainAny("\r", "\n");
        error.Message.Should().StartWith("Descope RemoveTenant failed with HTTP 502. Response body: <html>");
    }

    [Fact]
    public async Task An_empty_error_body_still_gives_the_status()
    {
        Descope.Expect("POST", RemoveTenantPath, RemoveT1).RespondWith(StubDescope.Json(503, "", contentType: "text/plain"));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().RemoveTenantAsync("alice", "T1"));

        error.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        error.ResponseBodySnippet.Should().BeNull();
        error.Message.Should().Be("Descope RemoveTenant failed with HTTP 503.");
    }

    [Theory]
    [InlineData("""{"user":{"userId":"U1","loginIds":["al""", "not the JSON Descope sends")]
    [InlineData("{}", "did not contain a user")]
    [InlineData("""{"user":null}""", "did not contain a user")]
    [InlineData("null", "JSON null")]
    [InlineData("", "not the JSON Descope sends")]
    [InlineData("<html>ok</html>", "not the JSON Descope sends")]
    [InlineData("""{"user":{"createdTime":"yesterday"}}""", "not the JSON Descope sends")]
    public async Task A_2xx_whose_body_cannot_be_used_is_a_DescopeApiException(string body, string expectedProblem)
    {
        Descope.Expect("POST", "/v1/mgmt/user/update/name", """{"loginId":"alice","name":"A"}""").RespondWith(StubDescope.Json(200, body));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().UpdateDisplayNameAsync("alice", new DisplayName { Name = "A" }));

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Operation.Should().Be("UpdateDisplayName");
        error.ErrorDescription.Should().Contain(expectedProblem);
    }

    [Fact]
    public async Task A_proxy_page_that_echoes_the_authorization_header_does_not_leak_the_key()
    {
        var echoed = $"Authorization: {StubDescope.Authorization}";
        Descope.Expect("POST", StatusPath, EnableAlice).RespondWith(StubDescope.Json(400, $"<html><body><pre>{echoed}</pre></body></html>", contentType: "text/html"));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().UpdateStatusAsync("alice", UserStatus.Enabled));

        error.ResponseBodySnippet.Should().Contain("Authorization: Bearer <redacted>");
        error.ToString().Contains(TestClients.ManagementKey, StringComparison.Ordinal).Should().BeFalse("the key must not appear in the exception");
    }

    [Fact]
    public async Task A_Descope_error_that_quotes_the_key_does_not_leak_it()
    {
        Descope.Expect("POST", StatusPath, EnableAlice).RespondWith(StubDescope.Json(
            401, $$"""{"errorCode":"E011004","errorDescription":"Unauthorized","errorMessage":"key {{TestClients.ManagementKey}} is not valid"}"""));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().UpdateStatusAsync("alice", UserStatus.Enabled));

        error.ErrorMessage.Should().Be("key <redacted> is not valid");
        error.ToString().Contains(TestClients.ManagementKey, StringComparison.Ordinal).Should().BeFalse("the key must not appear in the exception");
    }

    [Fact]
    public async Task A_404_without_a_Descope_body_is_a_wrong_url_not_a_missing_user()
    {
        Descope.Expect("POST", StatusPath, EnableAlice).RespondWith(StubDescope.Json(404, "<html>404 page not found</html>", contentType: "text/html"));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().ActivateAsync("alice"));

        error.Should().BeOfType<DescopeApiException>();
        error.StatusCode.Should().Be(HttpStatusCode.NotFound);
        error.ResponseBodySnippet.Should().Be("<html>404 page not found</html>");
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_not_followed_and_is_an_error(int status)
    {
        // The redirect points back at this server: a client that followed it would send an unstubbed request.
        Descope.Expect("POST", StatusPath, EnableAlice)
            .RespondWith(StubDescope.Json(status, "").WithHeader("Location", new Uri(Descope.BaseUrl, "/steal").ToString()));

        var error = await ThrowsAsync<DescopeApiException>(() => Client().ActivateAsync("alice"));

        error.StatusCode.Should().Be((HttpStatusCode)status);
        Descope.ManagementRequests().Should().ContainSingle("the redirect must not be followed");
    }

    [Fact]
    public async Task A_2xx_whose_connection_breaks_mid_body_is_a_transport_failure()
    {
        await using var server = BrokenConnectionServer.ClosingMidBody(SampleUsers.UserAnswerJson);
        using var client = ClientOf(server);

        var error = await ThrowsAsync<HttpRequestException>(() => client.ActivateAsync("alice"));

        error.Message.Should().StartWith("The connection closed before the whole response arrived");
        error.InnerException.Should().BeAssignableTo<IOException>();
    }

    [Fact]
    public async Task A_dropped_connection_before_any_answer_is_an_HttpRequestException()
    {
        await using var server = BrokenConnectionServer.ClosingBeforeAnswering();
        using var client = ClientOf(server);

        await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<HttpRequestException>();
        server.RequestsTo(StatusPath).Should().Be(1, "the request reached the server before the connection closed");
    }

    [Fact]
    public async Task A_refused_connection_is_an_HttpRequestException()
    {
        var closedPort = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var client = new DescopeUserClient(new DescopeUserClientOptions
        {
            ProjectId = TestClients.ProjectId, ManagementKey = TestClients.ManagementKey, BaseUrl = closedPort, Retry = new DescopeRetryOptions { MaxRetries = 0 },
        });

        await client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<HttpRequestException>();
    }

    private static DescopeUserClient ClientOf(BrokenConnectionServer server) => new(new DescopeUserClientOptions
    {
        ProjectId = TestClients.ProjectId, ManagementKey = TestClients.ManagementKey, BaseUrl = server.BaseUrl, Retry = new DescopeRetryOptions { MaxRetries = 0 },
    });

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<TException> ThrowsAsync<TException>(Func<Task> call)
        where TException : Exception
    {
        var assertion = await call.Should().ThrowAsync<TException>();
        return assertion.Which;
    }
}
