using System.Net;
using System.Net.Sockets;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;

namespace Descope.UserManagement.Tests.Resilience;

/// <summary>
/// Every fault × (an idempotent operation, and the once-only ones: a login-ID change, a create, an invite) × (fault once then
/// success, fault every time): how many attempts the server saw and what the caller got. A once-only operation is sent
/// again only where nothing reached the server; where something may have, it fails with
/// <see cref="DescopeOutcomeUnknownException"/>. Retries use 1 ms back-off so nothing sleeps.
/// </summary>
public sealed class FaultMatrixTests
{
    private const int MaxRetries = 3;
    private const string StatusPath = "/v1/mgmt/user/update/status";
    private const string LoginIdPath = "/v1/mgmt/user/update/loginid";
    private const string CreatePath = "/v1/mgmt/user/create";
    private const string Unknown = nameof(DescopeOutcomeUnknownException);

    public enum Op
    {
        Idempotent,
        LoginIdChange,
        Create,
        Invite,
    }

    public enum Mode
    {
        Once,
        Always,
    }

    private static readonly Op[] OnceOnly = [Op.LoginIdChange, Op.Create, Op.Invite];

    /// <summary>The matrix: fault, operation, mode, then the attempts that must reach the server and the outcome.</summary>
    public static TheoryData<string, Op, Mode, int, string> Matrix()
    {
        var data = new TheoryData<string, Op, Mode, int, string>();
        void Row(string fault, int idempotentOnce, string idempotentOnceOutcome, int idempotentAlways, string idempotentAlwaysOutcome,
            int onceOnlyOnce, string onceOnlyOnceOutcome, int onceOnlyAlways, string onceOnlyAlwaysOutcome)
        {
            data.Add(fault, Op.Idempotent, Mode.Once, idempotentOnce, idempotentOnceOutcome);
            data.Add(fault, Op.Idempotent, Mode.Always, idempotentAlways, idempotentAlwaysOutcome);
            foreach (var op in OnceOnly)
            {
                data.Add(fault, op, Mode.Once, onceOnlyOnce, onceOnlyOnceOutcome);
                data.Add(fault, op, Mode.Always, onceOnlyAlways, onceOnlyAlwaysOutcome);
            }
        }

        Row("429", 2, "success", 4, "DescopeRateLimitException", 2, "success", 4, "DescopeRateLimitException");
        foreach (var status in new[] { "502", "503", "504", "520", "521", "522", "524", "530" })
        {
            Row(status, 2, "success", 4, "DescopeApiException", 1, Unknown, 1, Unknown);
        }

        Row("500", 1, "DescopeApiException", 1, "DescopeApiException", 1, Unknown, 1, Unknown);
        Row("connection dropped", 2, "success", 4, "HttpRequestException", 1, Unknown, 1, Unknown);
        Row("dropped after applying", 2, "success", 4, "HttpRequestException", 1, Unknown, 1, Unknown);
        Row("attempt timeout", 2, "success", 4, "TimeoutException", 1, Unknown, 1, Unknown);
        Row("connection refused", 1, "success", 0, "HttpRequestException", 1, "success", 0, "HttpRequestException");

        // Without a resolver: the connect step fails as a name lookup does. On net8.0+ the SDK also reads
        // HttpRequestError.NameResolutionError; the netstandard2.0 build has only the SocketException to go by.
        Row("host not found", 1, "success", 0, "HttpRequestException", 1, "success", 0, "HttpRequestException");
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Fault_matrix(string fault, Op op, Mode mode, int expectedServerAttempts, string expectedOutcome)
    {
        await using var emulator = await TestClients.StartWithAliceAsync();
        var refusals = new RefusingConnector();
        var options = TestClients.Options(emulator);
        options.Retry = new DescopeRetryOptions { MaxRetries = MaxRetries, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), UseJitter = false };
        // Short only where the timeout is the fault under test: elsewhere a slow attempt on a loaded machine must not
        // turn into a timeout. Even there it leaves each attempt time to connect and be sent on a busy machine (the
        // server must see every attempt), far below the 20 s the server takes.
        options.Timeout = fault == "attempt timeout" ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(10);
        using var client = new DescopeUserClient(DescopeUserClient.CreateHttpClient(options, refusals.CreateHandler()), options);
        var path = op switch { Op.Idempotent => StatusPath, Op.LoginIdChange => LoginIdPath, _ => CreatePath };

        // A first call makes the license handshake, so the faults below meet only the call under test.
        await client.LoadAsync("alice");
        emulator.Journal.Clear();
        var refused = fault is "connection refused" or "host not found";
        refusals.Refuse(refused ? (mode == Mode.Once ? 1 : int.MaxValue) : 0, fault == "host not found" ? SocketError.HostNotFound : SocketError.ConnectionRefused);
        Inject(emulator, fault, path, mode);

        var outcome = await OutcomeOf(op switch
        {
            Op.Idempotent => () => client.DeactivateAsync("alice"),
            Op.LoginIdChange => () => client.UpdateLoginIdAsync("alice", "alice.l"),
            Op.Create => () => client.CreateAsync("carol", new UserCreate { Email = "carol@example.com" }),
            _ => () => client.InviteAsync("carol", new UserCreate { Email = "carol@example.com" }),
        });

        emulator.Journal.To(path).Count.Should().Be(expectedServerAttempts, "the server must see exactly that many attempts");
        outcome.Should().Be(expectedOutcome);
        if (refused)
        {
            refusals.Attempts.Should().Be(mode == Mode.Once ? 2 : MaxRetries + 1, "each attempt tried to connect");
        }

        if (op == Op.LoginIdChange && fault == "dropped after applying")
        {
            emulator.Store.Find("alice.l").Should().NotBeNull("the change was applied exactly once");
        }

        if (op is Op.Create or Op.Invite && fault == "dropped after applying")
        {
            emulator.Store.Users.Where(u => u.LoginIds!.Contains("carol")).Should().ContainSingle("the user was created exactly once");
        }

        if (op == Op.Invite)
        {
            emulator.Store.Invitations.Should().HaveCount(outcome == "success" || fault == "dropped after applying" ? 1 : 0, "an invitation goes out at most once");
        }
    }

    private static void Inject(DescopeEmulator emulator, string fault, string path, Mode mode)
    {
        EmulatorFault? injected = fault switch
        {
            "connection refused" or "host not found" => null,
            "connection dropped" => EmulatorFault.Drop() with { Path = path },
            "dropped after applying" => EmulatorFault.Drop() with { Path = path, AfterApplying = true },
            "attempt timeout" => EmulatorFault.Status(200) with { Path = path, Delay = TimeSpan.FromSeconds(20) },
            _ => EmulatorFault.Status(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)) with { Path = path },
        };
        if (injected is null)
        {
            return;
        }

        if (mode == Mode.Once)
        {
            emulator.Faults.Inject(injected);
        }
        else
        {
            emulator.Faults.InjectAlways(injected);
        }
    }

    private static async Task<string> OutcomeOf(Func<Task<User>> call)
    {
        try
        {
            await call();
            return "success";
        }
        catch (Exception error)
        {
            return error.GetType().Name;
        }
    }

    /// <summary>Refuses the first N connection attempts at the socket layer, as a closed port would.</summary>
    private sealed class RefusingConnector
    {
        private int _attempts;
        private int _refusals;
        private SocketError _error;

        public int Attempts => Volatile.Read(ref _attempts);

        public void Refuse(int refusals, SocketError error)
        {
            _error = error;
            Volatile.Write(ref _attempts, 0);
            Volatile.Write(ref _refusals, refusals);
        }

        public SocketsHttpHandler CreateHandler() => new()
        {
            AllowAutoRedirect = false,
            UseCookies = false,

            // A fresh connection per request, so every attempt goes through the connect step.
            PooledConnectionLifetime = TimeSpan.Zero,
            ConnectCallback = async (context, cancellationToken) =>
            {
                if (Interlocked.Increment(ref _attempts) <= Volatile.Read(ref _refusals))
                {
                    throw new SocketException((int)_error);
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}
