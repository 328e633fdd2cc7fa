using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Descope.UserManagement.Tests.Client;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task AddDescopeUsers_with_a_configuration_section_binds_every_setting()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var configuration = Configuration(new()
        {
            ["Descope:ProjectId"] = TestClients.ProjectId,
            ["Descope:ManagementKey"] = TestClients.ManagementKey,
            ["Descope:BaseUrl"] = emulator.BaseUrl.ToString(),
            ["Descope:Timeout"] = "00:00:05",
            ["Descope:TotalTimeout"] = "00:00:20",
            ["Descope:BatchSize"] = "25",
            ["Descope:Retry:MaxRetries"] = "1",
            ["Descope:Retry:BaseDelay"] = "00:00:00.010",
            ["Descope:Retry:MaxDelay"] = "00:00:00.020",
            ["Descope:Retry:MaxRetryAfter"] = "00:00:10",
            ["Descope:Retry:UseJitter"] = "false",
        });
        var services = new ServiceCollection();
        services.AddDescopeUsers(configuration.GetSection("Descope"));
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DescopeUserClientOptions>>().Value;
        await provider.GetRequiredService<IDescopeUserClient>().ActivateAsync("alice");

        options.Should().BeEquivalentTo(new
        {
            ProjectId = TestClients.ProjectId, BaseUrl = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(5), TotalTimeout = TimeSpan.FromSeconds(20), BatchSize = 25,
            Retry = new { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(20), MaxRetryAfter = TimeSpan.FromSeconds(10), UseJitter = false },
        });
        emulator.SingleRequest().Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    [Fact]
    public async Task AddDescopeUsers_without_arguments_reads_the_Descope_section_and_the_environment_variables_win()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var configuration = Configuration(new()
        {
            ["Descope:ProjectId"] = "PfromTheSection",
            ["Descope:ManagementKey"] = "key-from-the-section",
            ["DESCOPE_PROJECT_ID"] = TestClients.ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey,
            ["DESCOPE_BASE_URI"] = emulator.BaseUrl.ToString(),
        });
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDescopeUsers();
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IDescopeUserClient>().ActivateAsync("alice");

        emulator.SingleRequest().Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    [Fact]
    public async Task A_missing_key_stops_the_host_at_start_up_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddDescopeUsers(o => o.ProjectId = TestClients.ProjectId);
        using var host = builder.Build();

        var error = await host.Invoking(h => h.StartAsync()).Should().ThrowAsync<OptionsValidationException>();

        error.Which.Message.Should().Contain("ManagementKey is required");
    }

    [Fact]
    public async Task A_missing_project_id_in_the_Descope_section_stops_the_host_naming_the_key()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Descope:ManagementKey"] = "K1" });
        builder.Services.AddDescopeUsers(builder.Configuration.GetSection("Descope"));
        using var host = builder.Build();

        var error = await host.Invoking(h => h.StartAsync()).Should().ThrowAsync<OptionsValidationException>();

        error.Which.Message.Should().Contain("ProjectId is required: set Descope:ProjectId").And.NotContain("K1");
    }

    [Fact]
    public async Task The_parameterless_overload_reads_the_process_environment()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var names = new[] { "DESCOPE_PROJECT_ID", "DESCOPE_MANAGEMENT_KEY", "DESCOPE_BASE_URL" };
        Environment.SetEnvironmentVariable("DESCOPE_PROJECT_ID", TestClients.ProjectId);
        Environment.SetEnvironmentVariable("DESCOPE_MANAGEMENT_KEY", TestClients.ManagementKey);
        Environment.SetEnvironmentVariable("DESCOPE_BASE_URL", emulator.BaseUrl.ToString());
        try
        {
            var services = new ServiceCollection();
            services.AddDescopeUsers();
            await using var provider = services.BuildServiceProvider();

            await provider.GetRequiredService<IDescopeUserClient>().ActivateAsync("alice");

            emulator.SingleRequest().Header("Authorization").Should().Be($"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
        }
        finally
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public async Task A_reloaded_configuration_changes_the_key_on_the_next_request()
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var source = new ReloadableSource(new()
        {
            ["Descope:ProjectId"] = TestClients.ProjectId,
            ["Descope:ManagementKey"] = "first-key",
            ["Descope:BaseUrl"] = emulator.BaseUrl.ToString(),
        });
        var configuration = new ConfigurationBuilder().Add(source).Build();
        var services = new ServiceCollection();
        services.AddDescopeUsers(configuration.GetSection("Descope"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IDescopeUserClient>();
        emulator.Faults.Inject(EmulatorFault.Respond(200, SampleUsers.UserAnswerJson), times: 2);

        await client.LoadAsync("alice");
        source.Change("Descope:ManagementKey", "rotated-key");
        await client.LoadAsync("alice");

        emulator.ManagementRequests().Select(r => r.Header("Authorization")).Should().Equal(
            $"Bearer {TestClients.ProjectId}:first-key", $"Bearer {TestClients.ProjectId}:rotated-key");
    }

    [Fact]
    public void Configuration_values_that_do_not_parse_are_named()
    {
        var services = new ServiceCollection();
        services.AddDescopeUsers(Configuration(new() { ["Descope:ProjectId"] = "P1", ["Descope:ManagementKey"] = "K1", ["Descope:Timeout"] = "soon" }).GetSection("Descope"));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<DescopeUserClientOptions>>().Value;

        act.Should().Throw<InvalidOperationException>().WithMessage("Descope:Timeout must be a time span such as 00:00:30.");
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    /// <summary>An in-memory configuration that can change and signal a reload, as a secrets file watcher would.</summary>
    private sealed class ReloadableSource(Dictionary<string, string?> values) : ConfigurationProvider, IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public override void Load() => Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);

        public void Change(string key, string value)
        {
            Data[key] = value;
            OnReload();
        }
    }
}
