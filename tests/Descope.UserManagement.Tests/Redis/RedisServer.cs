using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Descope.UserManagement.Tests.Infrastructure;
using StackExchange.Redis;

namespace Descope.UserManagement.Tests.Redis;

/// <summary>
/// A real redis-server (Debian's package) of the tests' own, on a free loopback port with nothing saved to disk,
/// started once for the Redis tests and stopped after them. When the binary is missing it is installed with
/// <c>apt-get install -y redis-server</c>, as <c>.ci/run</c> does; when that fails too, every Redis test fails saying
/// so (they are never skipped).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;
    private string? _directory;
    private readonly StringBuilder _log = new();

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>The StackExchange.Redis configuration string of the server.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>A connection for the tests to share.</summary>
    public IConnectionMultiplexer Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var binary = Find() ?? await InstallAsync();
        _directory = Directory.CreateTempSubdirectory("descope-redis-").FullName;

        // A port found free can be taken before the server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            _process = Start(binary);
            if (await RespondsAsync(TimeSpan.FromSeconds(20)))
            {
                break;
            }

            Stop();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"redis-server ({binary}) did not answer PING on 127.0.0.1. It printed:\n{Log()}");
            }
        }

        Connection = await ConnectionMultiplexer.ConnectAsync(Endpoint);
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        Stop();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/local/bin")
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<string> InstallAsync()
    {
        var environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        var transcript = new StringBuilder();
        foreach (var step in new[] { new[] { "install", "-y", "-qq", "redis-server" }, ["update", "-qq"], ["install", "-y", "-qq", "redis-server"] })
        {
            try
            {
                using var apt = Process.Start(ChildProcess.StartInfo("apt-get", step, environment))!;
                var output = apt.StandardOutput.ReadToEndAsync();
                var errors = apt.StandardError.ReadToEndAsync();
                await apt.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
                transcript.AppendLine(CultureInfo.InvariantCulture, $"apt-get {string.Join(' ', step)}: exit {apt.ExitCode}").AppendLine(await errors);
                _ = await output;
            }
            catch (Exception error) when (error is System.ComponentModel.Win32Exception or TimeoutException)
            {
                transcript.AppendLine(CultureInfo.InvariantCulture, $"apt-get {string.Join(' ', step)}: {error.Message}");
            }

            if (Find() is { } installed)
            {
                return installed;
            }
        }

        throw new InvalidOperationException(
            "The Redis tests need Debian's redis-server, which is not installed and could not be installed with " +
            "'apt-get install -y redis-server' (bash .ci/run installs it; as root, run that command). What apt-get said:\n" + transcript);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Process Start(string binary)
    {
        var start = ChildProcess.StartInfo(binary,
        [
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--dir", _directory!, "--daemonize", "no",
        ]);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> RespondsAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && _process is { HasExited: false })
        {
            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, Port);
                var stream = socket.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
                if (Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (Exception error) when (error is SocketException or IOException or TimeoutException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        return false;
    }

    // Stops the server this fixture started (and only it).
    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        _process = null;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private string Log()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }
}

/// <summary>
/// The Redis tests share one server, and run on their own, after the rest: the four-process test measures how requests
/// from several processes line up in time, which other tests running beside it on a small machine would blur.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RedisTests : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
