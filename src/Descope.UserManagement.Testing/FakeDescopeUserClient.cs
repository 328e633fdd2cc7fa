using Descope.UserManagement.Testing.Hosting;

namespace Descope.UserManagement.Testing;

/// <summary>
/// An in-memory <see cref="IDescopeUserClient"/> for unit tests: the real client's argument checks, wire JSON and
/// error mapping, answered in process from a <see cref="DescopeUserStore"/> with the emulator's semantics.
/// No server, no sockets, no credentials.
/// </summary>
/// <example>
/// <code>
/// using var users = new FakeDescopeUserClient();
/// users.Store.Seed("alice@example.com");
/// var service = new MyService(users);          // takes IDescopeUserClient
/// await service.OffboardAsync("alice@example.com");
/// users.Store.Find("alice@example.com")!.Status.Should().Be(UserStatus.Disabled);
/// </code>
/// </example>
public sealed class FakeDescopeUserClient : IDescopeUserClient, IDisposable
{
    private readonly DescopeUserClient _client;

    /// <summary>Creates a fake over <paramref name="store"/>, or over a new empty store.</summary>
    /// <param name="store">The users to serve; share one with a <see cref="DescopeEmulator"/> if you like.</param>
    /// <param name="batchSize">Users per batch-patch request, as <see cref="DescopeUserClientOptions.BatchSize"/>.</param>
    public FakeDescopeUserClient(DescopeUserStore? store = null, int batchSize = DescopeUserClientOptions.DefaultBatchSize)
    {
        Store = store ?? new DescopeUserStore();
        var options = new DescopeUserClientOptions
        {
            ProjectId = "P2FakeDescopeProject00000000",
            ManagementKey = "fake-management-key",
            BaseUrl = new Uri("http://127.0.0.1/"),
            BatchSize = batchSize,
        };
        var api = new EmulatorApi(Store, () => "tier2");
        _client = new DescopeUserClient(DescopeUserClient.CreateHttpClient(options, new InProcessApiHandler(api)), options);
    }

    /// <summary>The users this fake serves.</summary>
    public DescopeUserStore Store { get; }

    /// <inheritdoc />
    public Task<User> UpdateAsync(string loginId, UserUpdate user, CancellationToken cancellationToken = default) => _client.UpdateAsync(loginId, user, cancellationToken);

    /// <inheritdoc />
    public Task<User> UpdateStatusAsync(string loginId, UserStatus status, CancellationToken cancellationToken = default) => _client.UpdateStatusAsync(loginId, status, cancellationToken);

    /// <inheritdoc />
    public Task<User> UpdateEmailAsync(string loginId, string? email, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default) =>
        _client.UpdateEmailAsync(loginId, email, verified, failOnConflict, cancellationToken);

    /// <inheritdoc />
    public Task<User> UpdatePhoneAsync(string loginId, string? phone, bool verified = false, bool failOnConflict = false, CancellationToken cancellationToken = default) =>
        _client.UpdatePhoneAsync(loginId, phone, verified, failOnConflict, cancellationToken);

    /// <inheritdoc />
    public Task<User> UpdateDisplayNameAsync(string loginId, DisplayName name, CancellationToken cancellationToken = default) => _client.UpdateDisplayNameAsync(loginId, name, cancellationToken);

    /// <inheritdoc />
    public Task<User> UpdateLoginIdAsync(string loginId, string? newLoginId, CancellationToken cancellationToken = default) => _client.UpdateLoginIdAsync(loginId, newLoginId, cancellationToken);

    /// <inheritdoc />
    public Task<User> PatchAsync(string loginId, UserPatch patch, CancellationToken cancellationToken = default) => _client.PatchAsync(loginId, patch, cancellationToken);

    /// <inheritdoc />
    public Task<BatchPatchResult> PatchBatchAsync(IEnumerable<BatchUserPatch> users, CancellationToken cancellationToken = default) => _client.PatchBatchAsync(users, cancellationToken);

    /// <inheritdoc />
    public Task<User> AddRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _client.AddRolesAsync(loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public Task<User> RemoveRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _client.RemoveRolesAsync(loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public Task<User> SetRolesAsync(string loginId, IEnumerable<string> roleNames, string? tenantId = null, CancellationToken cancellationToken = default) =>
        _client.SetRolesAsync(loginId, roleNames, tenantId, cancellationToken);

    /// <inheritdoc />
    public Task<User> RemoveTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default) => _client.RemoveTenantAsync(loginId, tenantId, cancellationToken);

    /// <inheritdoc />
    public Task<User> LoadAsync(string loginId, CancellationToken cancellationToken = default) => _client.LoadAsync(loginId, cancellationToken);

    /// <inheritdoc />
    public Task<User> LoadByUserIdAsync(string userId, CancellationToken cancellationToken = default) => _client.LoadByUserIdAsync(userId, cancellationToken);

    /// <inheritdoc />
    public Task<User> CreateAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default) => _client.CreateAsync(loginId, user, cancellationToken);

    /// <inheritdoc />
    public Task<User> CreateTestUserAsync(string loginId, UserCreate user, CancellationToken cancellationToken = default) => _client.CreateTestUserAsync(loginId, user, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(string loginId, CancellationToken cancellationToken = default) => _client.DeleteAsync(loginId, cancellationToken);

    /// <inheritdoc />
    public Task<User> AddTenantAsync(string loginId, string tenantId, CancellationToken cancellationToken = default) => _client.AddTenantAsync(loginId, tenantId, cancellationToken);

    /// <summary>Releases the in-process pipeline.</summary>
    public void Dispose() => _client.Dispose();
}
