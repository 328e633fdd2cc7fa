using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Packaging;

/// <summary>
/// The SDK compiled ahead of time: the AotSmoke sample is published with Native AOT (warnings as errors, so any
/// trim or AOT analysis warning fails it) and the native binary is run against an emulator.
/// </summary>
public sealed class AotSmokeTests
{
    private static readonly string Binary = Path.Combine(RepositoryPaths.Root, "artifacts", "aot", "AotSmoke");
    private static readonly SemaphoreSlim Publishing = new(1, 1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_native_binary_runs_every_step_against_the_emulator(bool throughTheContainer)
    {
        await Publishing.WaitAsync();
        try
        {
            await PublishIfNeededAsync();
        }
        finally
        {
            Publishing.Release();
        }

        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.Seed("ada@example.com", email: "ada@example.com");

        var output = await ChildProcess.RunAsync(ChildProcess.StartInfo(Binary, throughTheContainer ? ["--di"] : [], new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = TestClients.ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey,
            ["DESCOPE_BASE_URL"] = emulator.BaseUrl.ToString(),
        }), TimeSpan.FromMinutes(1));

        output.Should().Contain("ok   Load").And.Contain("ok   Patch").And.Contain("ok   PatchBatch").And.Contain("ok   NotFound").And.NotContain("FAIL");
        emulator.Store.Find("ada@example.com")!.Status.Should().Be(UserStatus.Disabled);
    }

    private static async Task PublishIfNeededAsync()
    {
        if (File.Exists(Binary) && !IsStale())
        {
            return;
        }

        // .ci/run publishes it before the tests; a plain `dotnet test` publishes it here when it is missing or old.
        await ChildProcess.RunAsync(ChildProcess.StartInfo(ChildProcess.Dotnet,
            ["publish", Path.Combine(RepositoryPaths.Root, "samples", "AotSmoke"), "-c", "Release", "-r", "linux-x64",
             "-o", Path.GetDirectoryName(Binary)!, "-p:TreatWarningsAsErrors=true", "--nologo"]), TimeSpan.FromMinutes(4));
    }

    // A binary older than any source it was built from is rebuilt, so the test never runs yesterday's SDK.
    private static bool IsStale()
    {
        var built = File.GetLastWriteTimeUtc(Binary);
        return new[] { "src/Descope.UserManagement", "samples/AotSmoke" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(file => File.GetLastWriteTimeUtc(file) > built);
    }
}
