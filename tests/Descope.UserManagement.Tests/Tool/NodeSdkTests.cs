using System.Text.Json;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Tool;

/// <summary>
/// Descope's official Node SDK (<c>@descope/node-sdk</c>, pinned in tests/node-sdk/package-lock.json) drives the
/// descope-emulator tool through every <c>management.user</c> call the emulator serves; the script checks each result
/// through the control API and that no request carried a key the emulator ignored.
/// </summary>
public sealed class NodeSdkTests
{
    private const string ProjectId = "P2NodeSdkProject000000000000";

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "node-sdk");

    [Fact]
    public async Task Every_user_call_of_Descopes_Node_SDK_works_against_the_tool_and_uses_every_key_it_sends()
    {
        await InstallAsync();
        await using var tool = EmulatorToolProcess.Start(
            ["--port", "0", "--project-id", ProjectId],
            new Dictionary<string, string?> { ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey });
        var url = await tool.ListeningAsync();

        var node = ChildProcess.StartInfo("node", ["--test", "user.test.js"], new Dictionary<string, string?>
        {
            ["DESCOPE_BASE_URL"] = url.ToString().TrimEnd('/'),
            ["DESCOPE_PROJECT_ID"] = ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey,
        });
        node.WorkingDirectory = Folder;
        var output = await ChildProcess.RunAsync(node, TimeSpan.FromMinutes(3));

        output.Should().MatchRegex(@"(?m)^# fail 0\r?$").And.MatchRegex(@"(?m)^# pass [1-9]\d*\r?$");
        (await tool.TerminateAsync()).Should().Be(0);
        tool.Output.Should().Contain("POST /v1/mgmt/user/create 200").And.NotContain(TestClients.ManagementKey);
    }

    // npm ci from the lock file, unless the pinned version is already installed (a second run on the same machine).
    private static async Task InstallAsync()
    {
        var lockFile = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "package-lock.json")));
        var pinned = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/@descope/node-sdk").GetProperty("version").GetString();
        var installed = Path.Combine(Folder, "node_modules", "@descope", "node-sdk", "package.json");
        if (File.Exists(installed) && JsonDocument.Parse(await File.ReadAllTextAsync(installed)).RootElement.GetProperty("version").GetString() == pinned)
        {
            return;
        }

        var npm = ChildProcess.StartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
        npm.WorkingDirectory = Folder;
        await ChildProcess.RunAsync(npm, TimeSpan.FromMinutes(5));
    }
}
