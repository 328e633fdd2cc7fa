using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Samples;

/// <summary>
/// The WebApi sample run as a user runs it: its own process on a free port, configured by environment variables, with
/// every line it wrote (standard output and error) kept for assertions.
/// </summary>
public sealed class WebApiSample : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WebApiSample(Process process, Uri baseAddress)
    {
        _process = process;
        Api = new HttpClient { BaseAddress = baseAddress };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>A client for the sample's address, with no credentials of its own.</summary>
    public HttpClient Api { get; }

    /// <summary>Every line the sample has written so far.</summary>
    public IReadOnlyList<string> Output => _lines.ToArray();

    /// <summary>The environment that points the sample at <paramref name="emulator"/> as if it were Descope.</summary>
    public static Dictionary<string, string?> DescopeEnvironment(DescopeEmulator emulator) => new()
    {
        ["DESCOPE_PROJECT_ID"] = emulator.ProjectId,
        ["DESCOPE_MANAGEMENT_KEY"] = emulator.ManagementKey,
        ["DESCOPE_BASE_URL"] = emulator.BaseUrl.ToString(),
        ["Descope__Retry__MaxRetries"] = "0",
    };

    /// <summary>Starts the sample and waits until <c>/health</c> answers.</summary>
    public static async Task<WebApiSample> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var port = FreePort();
        var start = ChildProcess.StartInfo(ChildProcess.Dotnet, [RepositoryPaths.SampleAssembly("WebApi"), "--urls", $"http://127.0.0.1:{port}"], environment);
        start.WorkingDirectory = Path.GetDirectoryName(RepositoryPaths.SampleAssembly("WebApi"))!;
        var sample = new WebApiSample(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (!deadline.IsCancellationRequested && !sample._process.HasExited)
        {
            try
            {
                using var health = await sample.Api.GetAsync("/health", deadline.Token);
                if (health.IsSuccessStatusCode)
                {
                    return sample;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await Task.Delay(100);
        }

        var output = string.Join("\n", sample.Output);
        await sample.DisposeAsync();
        throw new InvalidOperationException("The WebApi sample did not start. It wrote:\n" + output);
    }

    /// <summary>The first line the sample wrote that <paramref name="match"/> accepts, waiting for it if need be.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, string what)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (Output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (deadline.IsCancellationRequested || _process.HasExited)
            {
                throw new InvalidOperationException($"The WebApi sample never wrote {what}. It wrote:\n{string.Join("\n", Output)}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
