using System.Diagnostics;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>Runs a program as a user would, in its own process, and hands back what it printed.</summary>
public static class ChildProcess
{
    /// <summary>The dotnet host running these tests.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public static ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    /// <summary>Runs to the end (killed after <paramref name="timeout"/>) and asserts it exited 0.</summary>
    public static async Task<string> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = await output;
        process.ExitCode.Should().Be(0, "{0} {1} printed:\n{2}\n{3}", start.FileName, string.Join(' ', start.ArgumentList), text, await errors);
        return text;
    }
}
