using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing;

/// <summary>
/// An in-memory <see cref="IDescopeUserClient"/> for unit tests: the real client's argument checks, wire JSON and
/// error mapping, answered in process from a <see cref="DescopeUserStore"/> with the emulator's semantics.
/// No server, no sockets, no credentials.
/// </summary>
/// <remarks>
/// It is a <see cref="DescopeUserClient"/> whose requests never leave the process, so every operation the client has,
/// the fake has too.
/// </remarks>
/// <example>
/// <code>
/// using var users = new FakeDescopeUserClient();
/// users.Store.Seed("alice@example.com");
/// var service = new MyService(users);          // takes IDescopeUserClient
/// await service.OffboardAsync("alice@example.com");
/// users.Store.Find("alice@example.com")!.Status.Should().Be(UserStatus.Disabled);
/// </code>
/// </example>
public sealed class FakeDescopeUserClient : DescopeUserClient
{
    private readonly HttpClient _pipeline;

    /// <summary>Creates a fake over <paramref name="store"/>, or over a new empty store.</summary>
    /// <param name="store">The users to serve; share one with a <see cref="DescopeEmulator"/> if you like.</param>
    /// <param name="batchSize">Users per batch request, as <see cref="DescopeUserClientOptions.BatchSize"/>.</param>
    public FakeDescopeUserClient(DescopeUserStore? store = null, int batchSize = DescopeUserClientOptions.DefaultBatchSize)
        : this(store ?? new DescopeUserStore(), FakeOptions(batchSize))
    {
    }

    private FakeDescopeUserClient(DescopeUserStore store, DescopeUserClientOptions options)
        : this(store, options, CreateHttpClient(options, new InProcessApiHandler(new EmulatorApi(store, () => "tier2"))))
    {
    }

    private FakeDescopeUserClient(DescopeUserStore store, DescopeUserClientOptions options, HttpClient pipeline)
        : base(pipeline, options)
    {
        Store = store;
        _pipeline = pipeline;
    }

    /// <summary>The users this fake serves.</summary>
    public DescopeUserStore Store { get; }

    /// <summary>Releases the in-process pipeline.</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="DescopeUserClient.Dispose()"/>.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipeline.Dispose();
        }

        base.Dispose(disposing);
    }

    private static DescopeUserClientOptions FakeOptions(int batchSize) => new()
    {
        ProjectId = "P2FakeDescopeProject00000000",
        ManagementKey = "fake-management-key",
        BaseUrl = new Uri("http://127.0.0.1/"),
        BatchSize = batchSize,
    };
}
