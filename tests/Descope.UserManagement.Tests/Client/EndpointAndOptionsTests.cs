using Descope.UserManagement.Testing;
using Descope.UserManagement.Http;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Client;

public sealed class EndpointAndOptionsTests
{
    [Theory]
    [InlineData("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z", "https://api.use1.descope.com/")]
    [InlineData("P2aAc4T2V93bddihGEx2Ryhc8e5Z", "https://api.descope.com/")]
    [InlineData("Peuc12aAc4T2V93bddihGEx2Ryhc8e5Z00", "https://api.euc1.descope.com/")]
    public void The_region_rule_picks_the_host_from_the_project_id(string projectId, string expected)
    {
        DescopeEndpoint.Resolve(projectId, baseUrl: null).AbsoluteUri.Should().Be(expected);
    }

    [Fact]
    public void An_explicit_base_url_wins_over_the_region()
    {
        DescopeEndpoint.Resolve("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z", new Uri("https://auth.example.com"))
            .Should().Be(new Uri("https://auth.example.com"));
    }

    [Fact]
    public async Task Requests_go_to_the_base_url_override_including_its_path_prefix()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Respond(200, SampleUsers.UserAnswerJson);
        var options = TestClients.Options(emulator);
        options.BaseUrl = new Uri(emulator.BaseUrl, "/descope/");
        using var client = new DescopeUserClient(options);

        await client.UpdateStatusAsync("alice", UserStatus.Enabled);

        emulator.SingleRequest().Path.Should().Be("/descope/v1/mgmt/user/update/status");
    }

    [Theory]
    [InlineData("http://api.descope.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://127.0.0.1")]
    public void Plain_http_is_refused_unless_the_host_is_loopback(string url)
    {
        var options = new DescopeUserClientOptions { ProjectId = "P1", ManagementKey = "K1", BaseUrl = new Uri(url) };

        var act = () => new DescopeUserClient(options);

        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*BaseUrl must use https://*");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://127.0.0.9")]
    public void Plain_http_is_accepted_for_loopback_hosts(string url)
    {
        using var client = new DescopeUserClient(new DescopeUserClientOptions { ProjectId = "P1", ManagementKey = "K1", BaseUrl = new Uri(url) });
    }

    [Theory]
    [InlineData(null, "K1", "ProjectId is required")]
    [InlineData(" ", "K1", "ProjectId is required")]
    [InlineData("P1", null, "ManagementKey is required")]
    [InlineData("P1", "", "ManagementKey is required")]
    public void Missing_settings_are_named(string? projectId, string? key, string expected)
    {
        var act = () => new DescopeUserClient(new DescopeUserClientOptions { ProjectId = projectId, ManagementKey = key });

        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage($"*{expected}*");
    }

    [Fact]
    public void A_batch_size_below_one_is_refused()
    {
        var act = () => new DescopeUserClient(new DescopeUserClientOptions { ProjectId = "P1", ManagementKey = "K1", BatchSize = 0 });

        act.Should().Throw<ArgumentException>().WithMessage("*BatchSize*");
    }

    [Fact]
    public void Options_text_never_shows_the_key()
    {
        var options = new DescopeUserClientOptions { ProjectId = "P1", ManagementKey = TestClients.ManagementKey };

        options.ToString().Should().NotContain(TestClients.ManagementKey).And.Contain("P1").And.Contain("<redacted>");
    }

    [Fact]
    public void Client_text_names_project_and_host_but_never_the_key()
    {
        using var client = new DescopeUserClient("Puse12aAc4T2V93bddihGEx2Ryhc8e5Z", TestClients.ManagementKey);

        client.ToString().Should().Be("DescopeUserClient for project Puse12aAc4T2V93bddihGEx2Ryhc8e5Z at https://api.use1.descope.com");
    }

    [Theory]
    [InlineData("Puse1 aAc4T2V93bddihGEx2Ryhc8e5Z", "K1", "ProjectId must contain only letters and digits")]
    [InlineData("P-1", "K1", "ProjectId must contain only letters and digits")]
    [InlineData("P1", "key-from-a-file\n", "ManagementKey contains white space")]
    [InlineData("P1", "key with space", "ManagementKey contains white space")]
    [InlineData("P1", "kéy", "ManagementKey contains white space, control or non-ASCII")]
    public void Malformed_settings_are_refused_without_repeating_the_key(string projectId, string key, string expected)
    {
        var act = () => new DescopeUserClient(new DescopeUserClientOptions { ProjectId = projectId, ManagementKey = key });

        var thrown = act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage($"*{expected}*").Which;
        thrown.Message.Should().NotContain(key.Trim());
    }
}
