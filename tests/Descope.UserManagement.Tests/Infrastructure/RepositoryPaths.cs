namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Where the repository and the build outputs of its other projects are, seen from the test assembly.</summary>
public static class RepositoryPaths
{
    // The test assembly runs from tests/<project>/bin/<Configuration>/<tfm>/.
    private static readonly DirectoryInfo Output = new(AppContext.BaseDirectory);

    public static string Root => Output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;

    public static string Configuration => Output.Parent!.Name;

    public static string TargetFramework => Output.Name;

    public static string SampleAssembly(string sample) =>
        Path.Combine(Root, "samples", sample, "bin", Configuration, TargetFramework, sample + ".dll");

    /// <summary>The built descope-emulator tool.</summary>
    public static string EmulatorToolAssembly =>
        Path.Combine(Root, "src", "Descope.UserManagement.Emulator", "bin", Configuration, "net10.0", "Descope.UserManagement.Emulator.dll");
}
