using Descope.UserManagement.Testing;
using System.Net;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests;

public sealed class ErrorMappingTests : IAsyncLifetime
{
    private DescopeEmulator _emulator = null!;
    private DescopeUserClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartEmulatorAsync();
        _client = TestClients.For(_emulator);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_400_with_a_Descope_body_carries_status_code_texts_and_operation()
    {
        _emulator.Respond(400, """{"errorCode":"E011003","errorDescription":"Request is invalid","errorMessage":"The email field is malformed"}""");

        var error = await ThrowsAsync<DescopeApiException>(() => _client.UpdateEmailAsync("alice", "not-an-email"));

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
        _emulator.Respond(status, $$"""{"errorCode":"{{code}}","errorDescription":"User not found"}""");

        var error = await ThrowsAsync<DescopeNotFoundException>(() => _client.UpdateStatusAsync("ghost", UserStatus.Disabled));

        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ErrorCode.Should().Be(code);
        error.Operation.Should().Be("UpdateStatus");
    }

    [Fact]
    public async Task A_429_with_Retry_After_seconds_is_a_DescopeRateLimitException_with_the_wait()
    {
        _emulator.Respond(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}""",
            new Dictionary<string, string> { ["Retry-After"] = "7" });

        var error = await ThrowsAsync<DescopeRateLimitException>(() => _client.SetRolesAsync("alice", ["admin"]));

        error.StatusCode.Should().Be((HttpStatusCode)429);
        error.ErrorCode.Should().Be("E130429");
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_429_with_Retry_After_as_an_http_date_is_measured_against_the_server_date()
    {
        var serverNow = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        _emulator.Respond(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}""",
            new Dictionary<string, string>
            {
                ["Date"] = serverNow.ToString("R"),
                ["Retry-After"] = serverNow.AddSeconds(30).ToString("R"),
            });

        var error = await ThrowsAsync<DescopeRateLimitException>(() => _client.SetRolesAsync("alice", ["admin"]));

        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_429_without_Retry_After_has_no_wait()
    {
        _emulator.Respond(429, """{"errorCode":"E130429","errorDescription":"Rate limit exceeded"}""");

        var error = await ThrowsAsync<DescopeRateLimitException>(() => _client.SetRolesAsync("alice", ["admin"]));

        error.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task A_502_html_page_is_an_error_with_a_one_line_snippet()
    {
        _emulator.Respond(502, "<html>\r\n<head><title>502 Bad Gateway</title></head>\n<body>" + new string('x', 5000) + "</body></html>", contentType: "text/html");

        var error = await ThrowsAsync<DescopeApiException>(() => _client.RemoveTenantAsync("alice", "T1"));

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
        _emulator.Respond(503, "", contentType: "text/plain");

        var error = await ThrowsAsync<DescopeApiException>(() => _client.RemoveTenantAsync("alice", "T1"));

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
        _emulator.Respond(200, body);

        var error = await ThrowsAsync<DescopeApiException>(() => _client.UpdateDisplayNameAsync("alice", new DisplayName { Name = "A" }));

        error.StatusCode.Should().Be(HttpStatusCode.OK);
        error.Operation.Should().Be("UpdateDisplayName");
        error.ErrorDescription.Should().Contain(expectedProblem);
    }

    [Fact]
    public async Task A_proxy_page_that_echoes_the_authorization_header_does_not_leak_the_key()
    {
        var echoed = $"Authorization: Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}";
        _emulator.Respond(400, $"<html><body><pre>{echoed}</pre></body></html>", contentType: "text/html");

        var error = await ThrowsAsync<DescopeApiException>(() => _client.UpdateStatusAsync("alice", UserStatus.Enabled));

        error.ResponseBodySnippet.Should().Contain("Authorization: Bearer <redacted>");
        error.ToString().Should().NotContain(TestClients.ManagementKey);
    }

    [Fact]
    public async Task A_Descope_error_that_quotes_the_key_does_not_leak_it()
    {
        _emulator.Respond(401, $$"""{"errorCode":"E011004","errorDescription":"Unauthorized","errorMessage":"key {{TestClients.ManagementKey}} is not valid"}""");

        var error = await ThrowsAsync<DescopeApiException>(() => _client.UpdateStatusAsync("alice", UserStatus.Enabled));

        error.ErrorMessage.Should().Be("key <redacted> is not valid");
        error.ToString().Should().NotContain(TestClients.ManagementKey);
    }

    [Fact]
    public async Task A_404_without_a_Descope_body_is_a_wrong_url_not_a_missing_user()
    {
        _emulator.Respond(404, "<html>404 page not found</html>", contentType: "text/html");

        var error = await ThrowsAsync<DescopeApiException>(() => _client.ActivateAsync("alice"));

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
        _emulator.Faults.Inject(EmulatorFault.Respond(status, "") with { Headers = new Dictionary<string, string> { ["Location"] = "https://evil.example.com/steal" } });

        var error = await ThrowsAsync<DescopeApiException>(() => _client.ActivateAsync("alice"));

        error.StatusCode.Should().Be((HttpStatusCode)status);
        _emulator.ManagementRequests().Count.Should().Be(1, "the redirect must not be followed");
    }

    [Fact]
    public async Task A_2xx_whose_connection_breaks_mid_body_is_a_transport_failure()
    {
        _emulator.Faults.Inject(EmulatorFault.Respond(200, SampleUsers.UserAnswerJson) with { BodyShape = FaultBodyShape.Interrupted });

        var error = await ThrowsAsync<HttpRequestException>(() => _client.ActivateAsync("alice"));

        error.Message.Should().StartWith("The connection closed before the whole response arrived");
        error.InnerException.Should().BeAssignableTo<IOException>();
    }

    [Fact]
    public async Task A_dropped_connection_before_any_answer_is_an_HttpRequestException()
    {
        _emulator.Faults.Inject(EmulatorFault.Drop());

        await _client.Awaiting(c => c.ActivateAsync("alice")).Should().ThrowAsync<HttpRequestException>();
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
