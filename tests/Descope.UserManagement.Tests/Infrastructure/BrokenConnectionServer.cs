using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Descope.UserManagement.Tests.Infrastructure;

/// <summary>
/// A loopback TCP server that reads each HTTP request and then closes the connection: at once, or after the status
/// line, the headers and part of the body of an answer. WireMock.Net's faults send a whole response (an empty or
/// garbled body, properly framed), so the transport failures in between are played here, with no code from the SDK.
/// </summary>
public sealed class BrokenConnectionServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _sentBeforeClosing;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<string> _paths = [];

    private BrokenConnectionServer(byte[] sentBeforeClosing)
    {
        _sentBeforeClosing = sentBeforeClosing;
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri BaseUrl { get; }

    /// <summary>How many whole requests arrived for <paramref name="path"/>.</summary>
    public int RequestsTo(string path)
    {
        lock (_paths)
        {
            return _paths.Count(p => p == path);
        }
    }

    /// <summary>Closes each connection as soon as its request has arrived, before any byte of an answer.</summary>
    public static BrokenConnectionServer ClosingBeforeAnswering() => new([]);

    /// <summary>Answers <c>200</c> announcing <paramref name="body"/> in full, sends half of it, and closes the connection.</summary>
    public static BrokenConnectionServer ClosingMidBody(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\n\r\n");
        return new BrokenConnectionServer([.. head, .. bytes.AsSpan(0, bytes.Length / 2)]);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            try
            {
                var stream = connection.GetStream();
                if (await ReadRequestAsync(stream) is { } path)
                {
                    lock (_paths)
                    {
                        _paths.Add(path);
                    }

                    await stream.WriteAsync(_sentBeforeClosing, _stop.Token);
                    await stream.FlushAsync(_stop.Token);
                }
            }
            catch (Exception error) when (error is IOException or SocketException or OperationCanceledException)
            {
            }
        }
    }

    // Reads one request: the head up to the blank line, then as many body bytes as Content-Length says. Returns
    // the path of the request line, or null when the connection closed first.
    private async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || !(head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, _stop.Token) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n");
        var length = lines
            .Where(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(line => int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, _stop.Token);
        return lines[0].Split(' ')[1];
    }
}
