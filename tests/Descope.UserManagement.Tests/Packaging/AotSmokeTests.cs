using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Packaging;

/// <summary>
/// The SDK compiled ahead of time: the AotSmoke sample is published with Native AOT for net8.0 and for net10.0
/// (warnings as errors, so any trim or AOT analysis warning fails it) and each native binary is run against an
/// emulator. Both are self-contained, so the net8.0 one runs where only the .NET 10 runtime is installed.
/// </summary>
public sealed class AotSmokeTests
{
    // A Native AOT publish takes minutes, and many more on a loaded two-core machine.
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(15);
    private static readonly SemaphoreSlim Publishing = new(1, 1);

    /// <summary>Where .ci/run and these tests publish the binary for <paramref name="targetFramework"/>.</summary>
    public static string Binary(string targetFramework) => Path.Combine(RepositoryPaths.Root, "artifacts", "aot", targetFramework, "AotSmoke");

    [Theory]
    [InlineData("net8.0", false)]
    [InlineData("net8.0", true)]
    [InlineData("net10.0", false)]
    [InlineData("net10.0", true)]
    public async Task The_native_binary_runs_every_step_against_the_emulator(string targetFramework, bool throughTheContainer)
    {
        var binary = Binary(targetFramework);
        await Publishing.WaitAsync();
        try
        {
            await PublishIfNeededAsync(targetFramework, binary);
        }
        finally
        {
            Publishing.Release();
        }

        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.Seed("ada@example.com", email: "ada@example.com");

        var output = await ChildProcess.RunAsync(ChildProcess.StartInfo(binary, throughTheContainer ? ["--di"] : [], new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = TestClients.ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = TestClients.ManagementKey,
            ["DESCOPE_BASE_URL"] = emulator.BaseUrl.ToString(),
        }), TimeSpan.FromMinutes(1));

        output.Should().Contain("ok   Load").And.Contain("ok   Patch").And.Contain("ok   PatchBatch").And.Contain("ok   NotFound").And.NotContain("FAIL");
        emulator.Store.Find("ada@example.com")!.Status.Should().Be(UserStatus.Disabled);
    }

    private static async Task PublishIfNeededAsync(string targetFramework, string binary)
    {
        if (File.Exists(binary) && !IsStale(binary))
        {
            return;
        }

        // .ci/run publishes both before the tests; a plain `dotnet test` publishes here what is missing or old.
        var arguments = new List<string>
        {
            "publish", Path.Combine(RepositoryPaths.Root, "samples", "AotSmoke"), "-c", "Release", "-f", targetFramework, "-r", "linux-x64",
            "-o", Path.GetDirectoryName(binary)!, "-p:TreatWarningsAsErrors=true", "--nologo",
        };
        if (Linker() is { } linker)
        {
            arguments.Add("-p:CppCompilerAndLinker=" + linker);
        }

        await ChildProcess.RunAsync(ChildProcess.StartInfo(ChildProcess.Dotnet, arguments), PublishLimit);
    }

    // Native AOT links with clang; a machine may have it only under a versioned name (clang-14), as .ci/run finds it.
    private static string? Linker()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (path.Any(folder => File.Exists(Path.Combine(folder, "clang"))))
        {
            return null;
        }

        return Directory.Exists("/usr/bin")
            ? Directory.EnumerateFiles("/usr/bin", "clang-*")
                .Select(file => Path.GetFileName(file))
                .Where(name => int.TryParse(name["clang-".Length..], out _))
                .OrderBy(name => int.Parse(name["clang-".Length..], System.Globalization.CultureInfo.InvariantCulture))
                .LastOrDefault()
            : null;
    }

    // A binary older than any source it was built from is rebuilt, so the test never runs yesterday's SDK.
    private static bool IsStale(string binary)
    {
        var built = File.GetLastWriteTimeUtc(binary);
        return new[] { "src/Descope.UserManagement", "samples/AotSmoke" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs*", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(file => File.GetLastWriteTimeUtc(file) > built);
    }
}
