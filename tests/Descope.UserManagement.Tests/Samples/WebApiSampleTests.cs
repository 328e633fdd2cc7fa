using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Samples;

/// <summary>
/// The WebApi sample run as a user runs it (its own process, configured by DESCOPE_* variables), driven through its
/// HTTP endpoints, against an emulator standing in for Descope.
/// </summary>
public sealed class WebApiSampleTests : IAsyncLifetime
{
    private DescopeEmulator _emulator = null!;
    private Process _sample = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestClients.StartEmulatorAsync();
        _emulator.Store.Seed("ada@example.com", email: "ada@example.com", name: "Ada Lovelace");
        (_sample, _api) = StartSample(new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = TestClients.ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey,
            ["DESCOPE_BASE_URL"] = _emulator.BaseUrl.ToString(),
            ["Descope__Retry__MaxRetries"] = "0",
        });
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var health = await _api.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("The WebApi sample did not start.");
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        if (!_sample.HasExited)
        {
            _sample.Kill(entireProcessTree: true);
            await _sample.WaitForExitAsync();
        }

        _sample.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task Disable_patch_and_set_roles_reach_Descope_through_the_sample()
    {
        using var disabled = await _api.PostAsync("/users/ada@example.com/disable", null);
        using var patched = await _api.PatchAsJsonAsync("/users/ada@example.com", new { givenName = "Augusta", phone = "+12025550123" });
        using var roles = await _api.PutAsJsonAsync("/users/ada@example.com/roles", new { roles = new[] { "support" }, tenantId = "acme" });
        using var loaded = await _api.GetAsync("/users/ada@example.com");

        disabled.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(disabled)).GetProperty("status").GetString().Should().Be("Disabled");
        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        roles.StatusCode.Should().Be(HttpStatusCode.OK);
        loaded.StatusCode.Should().Be(HttpStatusCode.OK);
        var ada = _emulator.Store.Find("ada@example.com")!;
        ada.Status.Should().Be(UserStatus.Disabled);
        ada.GivenName.Should().Be("Augusta");
        ada.FamilyName.Should().BeNull("a patch leaves unspecified fields alone");
        ada.Phone.Should().Be("+12025550123");
        ada.UserTenants.Should().ContainSingle().Which.RoleNames.Should().Equal("support");
        _emulator.ManagementRequests().Should().OnlyContain(r => r.Header("Authorization") == $"Bearer {TestClients.ProjectId}:{TestClients.ManagementKey}");
    }

    [Fact]
    public async Task An_unknown_user_is_a_404()
    {
        using var response = await _api.PostAsync("/users/nobody@example.com/disable", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Json(response)).GetProperty("title").GetString().Should().Be("No such user");
    }

    [Fact]
    public async Task Descopes_rate_limit_is_a_429_with_its_Retry_After()
    {
        _emulator.Faults.Inject(EmulatorFault.Status(429) with { RetryAfter = TimeSpan.FromSeconds(600) });

        using var response = await _api.PostAsync("/users/ada@example.com/disable", null);

        response.StatusCode.Should().Be((HttpStatusCode)429);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(600));
    }

    [Fact]
    public async Task A_bad_argument_is_a_400()
    {
        using var response = await _api.PutAsJsonAsync("/users/ada@example.com/roles", new { roles = Array.Empty<string>() });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _emulator.Journal.To("/v1/mgmt/user/update/role/set").Should().BeEmpty();
    }

    // The sample as its own process on a free port, with the given environment.
    private static (Process Sample, HttpClient Api) StartSample(IReadOnlyDictionary<string, string?> environment)
    {
        var port = FreePort();
        var start = ChildProcess.StartInfo(ChildProcess.Dotnet, [RepositoryPaths.SampleAssembly("WebApi"), "--urls", $"http://127.0.0.1:{port}"], environment);
        start.WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.SampleAssembly("WebApi"))!;
        var sample = Process.Start(start)!;
        sample.OutputDataReceived += (_, _) => { };
        sample.ErrorDataReceived += (_, _) => { };
        sample.BeginOutputReadLine();
        sample.BeginErrorReadLine();
        return (sample, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Without_credentials_the_sample_serves_its_own_emulator()
    {
        var (sample, api) = StartSample(new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = null, ["DESCOPE_MANAGEMENT_KEY"] = null, ["DESCOPE_BASE_URL"] = null, ["DESCOPE_BASE_URI"] = null,
        });
        using var sampleProcess = sample;
        using var sampleApi = api;
        try
        {
            HttpResponseMessage? ada = null;
            for (var i = 0; i < 300 && ada is null; i++)
            {
                try
                {
                    ada = await api.GetAsync("/users/ada@example.com");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100);
                }
            }

            ada.Should().NotBeNull("the sample started");
            ada!.StatusCode.Should().Be(HttpStatusCode.OK);
            (await Json(ada)).GetProperty("name").GetString().Should().Be("Ada Lovelace");
            ada.Dispose();
        }
        finally
        {
            sample.Kill(entireProcessTree: true);
            await sample.WaitForExitAsync();
        }
    }
}
