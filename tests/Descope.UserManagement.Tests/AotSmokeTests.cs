using System.Diagnostics;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests;

/// <summary>
/// The SDK compiled ahead of time: the AotSmoke sample is published with Native AOT (warnings as errors, so any
/// trim or AOT analysis warning fails it) and the native binary is run against an emulator.
/// </summary>
public sealed class AotSmokeTests
{
    private static readonly string Binary = Path.Combine(RepositoryPaths.Root, "artifacts", "aot", "AotSmoke");

    [Fact]
    public async Task The_native_binary_runs_every_step_against_the_emulator()
    {
        if (!File.Exists(Binary) || IsStale())
        {
            // .ci/run publishes it before the tests; a plain `dotnet test` publishes it here the first time.
            await RunAsync(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", null,
                "publish", Path.Combine(RepositoryPaths.Root, "samples", "AotSmoke"), "-c", "Release", "-r", "linux-x64",
                "-o", Path.GetDirectoryName(Binary)!, "-p:TreatWarningsAsErrors=true", "--nologo");
        }

        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.Seed("ada@example.com", email: "ada@example.com");

        var output = await RunAsync(Binary, new Dictionary<string, string>
        {
            ["DESCOPE_PROJECT_ID"] = TestClients.ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey,
            ["DESCOPE_BASE_URL"] = emulator.BaseUrl.ToString(),
        });

        output.Should().Contain("ok   Load").And.Contain("ok   Patch").And.Contain("ok   PatchBatch").And.Contain("ok   NotFound").And.NotContain("FAIL");
        emulator.Store.Find("ada@example.com")!.Status.Should().Be(UserStatus.Disabled);
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

    private static async Task<string> RunAsync(string file, Dictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in environment ?? [])
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await output;
        process.ExitCode.Should().Be(0, "{0} {1} failed:\n{2}\n{3}", file, string.Join(' ', arguments), text, await errors);
        return text;
    }
}
