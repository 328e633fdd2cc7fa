using System.IO.Compression;
using System.Xml.Linq;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Packaging;

/// <summary>Packs the library packages as a release would and checks what a user downloads.</summary>
public sealed class PackageTests
{
    [Fact]
    public async Task The_packages_carry_every_target_framework_with_docs_readme_license_and_symbols_and_nothing_of_the_tests()
    {
        var output = Directory.CreateTempSubdirectory("descope-pack-").FullName;
        try
        {
            foreach (var project in new[] { "src/Descope.UserManagement", "src/Descope.UserManagement.Testing", "src/Descope.UserManagement.Redis" })
            {
                await ChildProcess.RunAsync(
                    ChildProcess.StartInfo(ChildProcess.Dotnet, ["pack", Path.Combine(RepositoryPaths.Root, project), "-c", "Release", "-o", output, "--nologo"]),
                    TimeSpan.FromMinutes(4));
            }

            var core = Entries(Path.Combine(output, "Descope.UserManagement.0.1.0.nupkg"));
            foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
            {
                core.Should().Contain([$"lib/{framework}/Descope.UserManagement.dll", $"lib/{framework}/Descope.UserManagement.xml"]);
            }

            core.Should().Contain("README.md");
            core.Should().NotContain(e => e.Contains("Tests", StringComparison.Ordinal) || e.Contains("xunit", StringComparison.OrdinalIgnoreCase));
            var nuspec = Nuspec(Path.Combine(output, "Descope.UserManagement.0.1.0.nupkg"));
            nuspec.Descendants().Single(e => e.Name.LocalName == "license").Value.Should().Be("MIT");
            nuspec.Descendants().Single(e => e.Name.LocalName == "readme").Value.Should().Be("README.md");
            nuspec.Descendants().Single(e => e.Name.LocalName == "tags").Value.Should().Contain("descope");
            File.Exists(Path.Combine(output, "Descope.UserManagement.0.1.0.snupkg")).Should().BeTrue();
            var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");
            ((string?)repository.Attribute("type")).Should().Be("git");
            ((string?)repository.Attribute("commit")).Should().Be(await GitAsync(RepositoryPaths.Root, "rev-parse", "HEAD"), "SourceLink records the commit the package was built from");

            Nuspec(Path.Combine(output, "Descope.UserManagement.0.1.0.nupkg")).Descendants()
                .Where(e => e.Name.LocalName == "dependency")
                .Should().NotContain(e => ((string?)e.Attribute("id") ?? "").Contains("Redis", StringComparison.OrdinalIgnoreCase), "Redis is the optional package's, never the core's");

            var redis = Entries(Path.Combine(output, "Descope.UserManagement.Redis.0.1.0.nupkg"));
            redis.Should().Contain(["lib/net8.0/Descope.UserManagement.Redis.dll", "lib/net8.0/Descope.UserManagement.Redis.xml", "lib/net10.0/Descope.UserManagement.Redis.dll", "lib/net10.0/Descope.UserManagement.Redis.xml", "README.md"]);
            File.Exists(Path.Combine(output, "Descope.UserManagement.Redis.0.1.0.snupkg")).Should().BeTrue();
            var redisNuspec = Nuspec(Path.Combine(output, "Descope.UserManagement.Redis.0.1.0.nupkg"));
            redisNuspec.Descendants().Single(e => e.Name.LocalName == "license").Value.Should().Be("MIT");
            redisNuspec.Descendants().Single(e => e.Name.LocalName == "tags").Value.Should().Contain("descope").And.Contain("redis");
            redisNuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id"))
                .Should().Contain(["Descope.UserManagement", "RedisRateLimiting", "StackExchange.Redis"]);

            var testing = Entries(Path.Combine(output, "Descope.UserManagement.Testing.0.1.0.nupkg"));
            testing.Should().Contain(["lib/net8.0/Descope.UserManagement.Testing.dll", "lib/net10.0/Descope.UserManagement.Testing.xml", "README.md"]);
            Nuspec(Path.Combine(output, "Descope.UserManagement.Testing.0.1.0.nupkg")).Descendants()
                .Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "Descope.UserManagement")
                .Should().OnlyContain(e => (string?)e.Attribute("version") == "[0.1.0]", "the Testing package uses internals of exactly its own core version");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task The_package_names_the_repository_it_was_packed_from()
    {
        var work = Directory.CreateTempSubdirectory("descope-repository-").FullName;
        try
        {
            // A clone whose origin is where the project is published, as a release checkout's is.
            var clone = Path.Combine(work, "clone");
            const string published = "https://git.example.org/team/descope-usermanagement.git";
            await GitAsync(work, "clone", "--quiet", RepositoryPaths.Root, clone);
            await GitAsync(clone, "remote", "set-url", "origin", published);
            await ChildProcess.RunAsync(
                ChildProcess.StartInfo(ChildProcess.Dotnet,
                [
                    "pack", Path.Combine(clone, "src", "Descope.UserManagement"), "-c", "Release", "-o", Path.Combine(work, "out"), "--nologo",
                    "-p:TargetFrameworks=net10.0", "-p:EnablePackageValidation=false",
                ]),
                TimeSpan.FromMinutes(4));

            var repository = Nuspec(Path.Combine(work, "out", "Descope.UserManagement.0.1.0.nupkg")).Descendants().Single(e => e.Name.LocalName == "repository");

            ((string?)repository.Attribute("url")).Should().Be(published);
            ((string?)repository.Attribute("commit")).Should().Be(await GitAsync(clone, "rev-parse", "HEAD"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task The_emulator_tool_packs_installs_with_dotnet_tool_install_and_runs()
    {
        var work = Directory.CreateTempSubdirectory("descope-tool-").FullName;
        try
        {
            // The README's commands: pack, install into a tool path from the packed folder, run.
            var packages = Path.Combine(work, "packages");
            var tools = Path.Combine(work, "tools");
            await ChildProcess.RunAsync(
                ChildProcess.StartInfo(ChildProcess.Dotnet, ["pack", Path.Combine(RepositoryPaths.Root, "src", "Descope.UserManagement.Emulator"), "-c", "Release", "-o", packages, "--nologo"]),
                TimeSpan.FromMinutes(8));
            await ChildProcess.RunAsync(
                ChildProcess.StartInfo(
                    ChildProcess.Dotnet,
                    ["tool", "install", "Descope.UserManagement.Emulator", "--tool-path", tools, "--add-source", packages, "--version", "0.1.0", "--ignore-failed-sources"],
                    new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(work, "nuget") }), // never a copy cached by an earlier run
                TimeSpan.FromMinutes(4));

            var help = await ChildProcess.RunAsync(ChildProcess.StartInfo(Path.Combine(tools, "descope-emulator"), ["--help"]), TimeSpan.FromMinutes(1));

            help.Should().Contain("Usage: descope-emulator");
            Entries(Path.Combine(packages, "Descope.UserManagement.Emulator.0.1.0.nupkg"))
                .Should().Contain(["tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/Descope.UserManagement.Emulator.dll", "tools/net10.0/any/Descope.UserManagement.Testing.dll", "README.md"]);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<string> GitAsync(string directory, params string[] arguments) =>
        (await ChildProcess.RunAsync(ChildProcess.StartInfo("git", ["-C", directory, .. arguments]), TimeSpan.FromMinutes(1))).Trim();

    private static string[] Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private static XDocument Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }
}
