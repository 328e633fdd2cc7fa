using System.Reflection;
using System.Runtime.Versioning;
using Descope.UserManagement.Testing;

namespace Descope.UserManagement.Tests.NetStandard;

/// <summary>
/// The linked suites in this project prove the netstandard2.0 build only if that is the build that loads, and the
/// only one: nothing here may bring the net10.0 build in beside it.
/// </summary>
public sealed class TargetFrameworkTests
{
    [Fact]
    public void The_library_under_test_is_the_netstandard2_0_build()
    {
        TargetFrameworkOf(typeof(DescopeUserClient).Assembly).Should().Be(".NETStandard,Version=v2.0");
    }

    [Fact]
    public async Task The_emulator_runs_on_the_same_library_assembly_and_no_other_build_is_loaded()
    {
        await using var emulator = await DescopeEmulator.StartAsync(new DescopeEmulatorOptions { ProjectId = "P2aAc4T2V93bddihGEx2Ryhc8e5Z", ManagementKey = "K" });
        emulator.Store.Seed("ada@example.com");

        typeof(DescopeEmulator).Assembly.Should().BeSameAs(typeof(TargetFrameworkTests).Assembly, "the emulator is compiled into this project");
        AppDomain.CurrentDomain.GetAssemblies().Where(assembly => assembly.GetName().Name == "Descope.UserManagement")
            .Should().ContainSingle().Which.Should().BeSameAs(typeof(DescopeUserClient).Assembly);
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Descope.UserManagement.Testing.dll")).Should().BeFalse();
    }

    [Fact]
    public void The_clock_type_comes_through_Microsoft_Bcl_TimeProvider()
    {
        // The netstandard2.0 build names TimeProvider in Microsoft.Bcl.TimeProvider, which forwards it to the runtime's.
        typeof(DescopeUserClient).Assembly.GetReferencedAssemblies().Should().Contain(name => name.Name == "Microsoft.Bcl.TimeProvider");
        typeof(DescopeUserClientOptions).GetProperty(nameof(DescopeUserClientOptions.TimeProvider))!.PropertyType.Should().Be<TimeProvider>();
    }

    private static string? TargetFrameworkOf(Assembly assembly) =>
        assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
}
