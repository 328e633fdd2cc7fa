using System.Net;
using System.Net.Sockets;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Tool;

/// <summary>The descope-emulator tool as its own process: port, seed file, control API, request log, shutdown.</summary>
public sealed class EmulatorToolTests
{
    private const string ProjectId = "P2ToolProject000000000000000";

    [Fact]
    public async Task Serves_the_seed_logs_one_line_per_request_without_secrets_and_exits_0_on_SIGTERM()
    {
        var seedFile = WriteSeed("""
            { "tenants": { "T1": "Acme" },
              "users": [{ "loginIds": ["alice@example.com"], "name": "Alice", "userTenants": [{ "tenantId": "T1", "roleNames": ["admin"] }] }] }
            """);
        await using var tool = EmulatorToolProcess.Start(
            ["--port", "0", "--project-id", ProjectId, "--seed", seedFile],
            new Dictionary<string, string?> { ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey });
        var url = await tool.ListeningAsync();
        using var http = RawRequests.Client(url, ProjectId, TestClients.ManagementKey);

        var seeded = await http.OkAsync("GET", "/emulator/users/alice@example.com");
        await http.OkAsync("POST", "/v1/mgmt/user/create", """{"loginId":"bob","name":"Bob the secret-body-marker"}""");
        using var stranger = RawRequests.Client(url, ProjectId, "wrong");
        var (unauthorized, _) = await stranger.SendAsync("GET", "/v1/mgmt/user?loginId=bob");
        var exitCode = await tool.TerminateAsync();

        seeded.GetProperty("user").GetProperty("userTenants")[0].GetProperty("tenantName").GetString().Should().Be("Acme");
        unauthorized.Should().Be(HttpStatusCode.Unauthorized);
        exitCode.Should().Be(0, "SIGTERM is a clean stop; stderr: {0}", tool.Errors);
        var output = tool.Output;
        output.Should().MatchRegex(@"(?m)^GET /emulator/users/alice@example.com 200 \d+\.\d ms\r?$")
            .And.MatchRegex(@"(?m)^POST /v1/mgmt/user/create 200 \d+\.\d ms\r?$")
            .And.MatchRegex(@"(?m)^GET /v1/mgmt/user 401 \d+\.\d ms\r?$")
            .And.MatchRegex(@"(?m)^descope-emulator stopped\r?$");
        SecretText.LinesWithAny(output + tool.Errors, TestClients.ManagementKey, "secret-body-marker", "Bearer").Should().BeEmpty("the log shows no key, header or body");
    }

    [Fact]
    public async Task Listens_on_the_port_it_is_given_with_the_key_from_the_command_line()
    {
        var port = FreePort();
        await using var tool = EmulatorToolProcess.Start(["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--management-key", TestClients.ManagementKey]);

        var url = await tool.ListeningAsync();
        using var http = RawRequests.Client(url, "P2EmulatorProject00000000000", TestClients.ManagementKey);
        await http.OkAsync("GET", "/emulator/journal");

        url.Port.Should().Be(port);
        url.Host.Should().Be("127.0.0.1");
        (await tool.TerminateAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_seed_file_that_does_not_fit_stops_it_with_every_problem_and_exit_code_2()
    {
        var seedFile = WriteSeed("""{ "roles": ["admin"], "users": [{ "loginIds": [] }, { "loginIds": ["x"], "roleNames": ["root"] }] }""");
        await using var tool = EmulatorToolProcess.Start(["--seed", seedFile, "--management-key", TestClients.ManagementKey]);

        var exitCode = await tool.ExitCodeAsync();

        exitCode.Should().Be(2);
        tool.Errors.Should().Contain("is not valid")
            .And.Contain("users[0].loginIds: required, at least one non-blank login ID.")
            .And.Contain("users[1].roleNames: 'root' is not among the seed's roles.");
    }

    [Theory]
    [InlineData(new string[0], "No management key")]
    [InlineData(new[] { "--management-key", "k", "--port", "http" }, "--port must be a number")]
    [InlineData(new[] { "--management-key", "k", "--verbose" }, "Unknown argument '--verbose'")]
    [InlineData(new[] { "--management-key", "k", "--seed", "/no/such/seed.json" }, "cannot read the seed file")]
    public async Task Arguments_it_cannot_use_stop_it_with_exit_code_2(string[] arguments, string message)
    {
        await using var tool = EmulatorToolProcess.Start(arguments);

        (await tool.ExitCodeAsync()).Should().Be(2);
        tool.Errors.Should().Contain(message);
    }

    [Fact]
    public async Task Help_prints_the_options_and_exits_0()
    {
        await using var tool = EmulatorToolProcess.Start(["--help"]);

        (await tool.ExitCodeAsync()).Should().Be(0);
        tool.Output.Should().Contain("--port").And.Contain("--project-id").And.Contain("--management-key").And.Contain("--seed");
    }

    private static string WriteSeed(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"descope-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
