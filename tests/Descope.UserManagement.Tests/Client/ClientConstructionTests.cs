using Descope.UserManagement.Testing;
using Descope.UserManagement.Http;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Descope.UserManagement.Tests.Client;

public sealed class ClientConstructionTests
{
    [Fact]
    public async Task The_project_id_and_key_constructor_needs_nothing_else()
    {
        // Only the base URL differs from a production set-up, so the call can reach the loopback emulator.
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var client = new DescopeUserClient(new DescopeUserClientOptions
        {
            ProjectId = TestClients.ProjectId, ManagementKey = TestClients.ManagementKey, BaseUrl = emulator.BaseUrl,
        });

        var user = await client.ActivateAsync("alice");

        user.UserId.Should().NotBeNull();
        emulator.SingleRequest().Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    [Fact]
    public async Task A_caller_supplied_HttpClient_from_CreateHttpClient_authenticates()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        using var httpClient = DescopeUserClient.CreateHttpClient(options);
        var client = new DescopeUserClient(httpClient, options);

        await client.UpdateStatusAsync("alice", UserStatus.Enabled);

        emulator.SingleRequest().Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    [Fact]
    public async Task A_plain_HttpClient_works_because_the_client_authenticates_each_request_itself()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        using var httpClient = new HttpClient();
        var client = new DescopeUserClient(httpClient, TestClients.Options(emulator));

        await client.UpdateStatusAsync("alice", UserStatus.Enabled);

        var request = emulator.SingleRequest();
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        request.Header("x-descope-project-id").Should().Be(TestClients.ProjectId);
    }

    [Fact]
    public async Task Changing_the_options_object_after_construction_does_not_change_the_client()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var options = TestClients.Options(emulator);
        using var client = new DescopeUserClient(options);

        options.ManagementKey = "changed-later";
        options.BaseUrl = new Uri("https://elsewhere.example.com");
        await client.ActivateAsync("alice");

        emulator.SingleRequest().Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    [Fact]
    public async Task The_key_handler_reads_the_options_on_every_request_so_a_rotated_key_applies()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var current = TestClients.Options(emulator);
        using var handler = new DescopeManagementKeyHandler(() => current) { InnerHandler = new SocketsHttpHandler() };
        using var httpClient = new HttpClient(handler);
        var client = new DescopeUserClient(httpClient, current);

        await client.ActivateAsync("alice");
        current = new DescopeUserClientOptions { ProjectId = TestClients.ProjectId, ManagementKey = "rotated-key", BaseUrl = emulator.BaseUrl };
        emulator.Respond(200, SampleUsers.UserAnswerJson); // the emulator only knows the first key
        await client.ActivateAsync("alice");

        emulator.ManagementRequests().Select(r => r.Header("Authorization")).Should().Equal(
            $"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}",
            $"Bearer {TestClients.ProjectId}:rotated-key");
    }

    [Fact]
    public async Task AddDescopeUsers_registers_a_working_typed_client()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var services = new ServiceCollection();
        services.AddDescopeUsers(o =>
        {
            o.ProjectId = TestClients.ProjectId;
            o.ManagementKey = TestClients.ManagementKey;
            o.BaseUrl = emulator.BaseUrl;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IDescopeUserClient>();
        await client.UpdateStatusAsync("alice", UserStatus.Disabled);

        var request = emulator.SingleRequest();
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        JsonAssert.Equivalent(request.Body, """{"loginId":"alice","status":"disabled"}""");
    }

    [Fact]
    public async Task AddDescopeUsers_twice_does_not_send_headers_twice()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var services = new ServiceCollection();
        services.AddDescopeUsers(o => o.ProjectId = TestClients.ProjectId);
        services.AddDescopeUsers(o =>
        {
            o.ManagementKey = TestClients.ManagementKey;
            o.BaseUrl = emulator.BaseUrl;
            o.Retry = new DescopeRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        });
        await using var provider = services.BuildServiceProvider();
        emulator.Faults.Inject(Descope.UserManagement.Testing.EmulatorFault.Status(503), times: 1);

        await provider.GetRequiredService<IDescopeUserClient>().ActivateAsync("alice");

        // Doubled retry handlers would make 1 + 1 + 1 = 3 or more attempts, doubled license handlers two handshakes.
        emulator.ManagementRequests().Should().HaveCount(2, "one failed attempt and one retry");
        emulator.Journal.To("/v1/mgmt/license").Should().ContainSingle();
        var request = emulator.ManagementRequests()[^1];
        request.Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        request.Header("x-descope-sdk-name").Should().Be("Descope.UserManagement");
        request.Header("x-descope-project-id").Should().Be(TestClients.ProjectId);
    }

    [Fact]
    public void AddDescopeUsers_with_a_missing_key_fails_naming_it()
    {
        var services = new ServiceCollection();
        services.AddDescopeUsers(o => o.ProjectId = TestClients.ProjectId);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IDescopeUserClient>();

        act.Should().Throw<Exception>().Where(e => e.ToString().Contains("ManagementKey is required"));
    }
}
