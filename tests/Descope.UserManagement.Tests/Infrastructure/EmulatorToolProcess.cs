using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// The built descope-emulator tool running as its own process, as a developer starts it: what it printed, its URL once
/// it listens, and a stop by SIGTERM as a process manager sends it.
/// </summary>
public sealed partial class EmulatorToolProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EmulatorToolProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Received(_output, line.Data);
        process.ErrorDataReceived += (_, line) => Received(_errors, line.Data);
        process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("descope-emulator exited before it listened."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the tool printed to standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>What the tool printed to standard error so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public Process Process => _process;

    /// <summary>Starts the tool with <paramref name="arguments"/> and, in its environment, <paramref name="environment"/>.</summary>
    public static EmulatorToolProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        // Only what the test gives: the machine's own DESCOPE_* settings never reach the tool.
        var variables = new Dictionary<string, string?> { ["DESCOPE_PROJECT_ID"] = null, ["DESCOPE_MANAGEMENT_KEY"] = null };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return new EmulatorToolProcess(Process.Start(ChildProcess.StartInfo(ChildProcess.Dotnet, [RepositoryPaths.EmulatorToolAssembly, .. arguments], variables))!);
    }

    /// <summary>The base URL the tool printed, once it listens (fails if it exits first or takes over a minute).</summary>
    public Task<Uri> ListeningAsync() => _listening.Task.WaitAsync(TimeSpan.FromMinutes(1));

    /// <summary>Waits for the tool to exit by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Sends SIGTERM, as a process manager stops a service, and returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start(ChildProcess.StartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!)
        {
            await kill.WaitForExitAsync();
        }

        return await ExitCodeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Received(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } listening)
        {
            _listening.TrySetResult(new Uri(listening.Groups[1].Value + "/"));
        }
    }

    [GeneratedRegex(@"^descope-emulator listening on (http://\S+) ")]
    private static partial Regex ListeningLine();
}
