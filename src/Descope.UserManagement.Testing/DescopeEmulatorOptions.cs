namespace Descope.UserManagement.Testing;

/// <summary>Settings for <see cref="DescopeEmulator.StartAsync(DescopeEmulatorOptions?, CancellationToken)"/>.</summary>
public sealed partial class DescopeEmulatorOptions
{
    /// <summary>The project ID the emulator accepts. Default <c>P2EmulatorProject00000000000</c> (no region).</summary>
    public string ProjectId { get; set; } = "P2EmulatorProject00000000000";

    /// <summary>The management key the emulator accepts; a fresh random key when <see langword="null"/>.</summary>
    public string? ManagementKey { get; set; }

    /// <summary>The users to serve; a new empty store when <see langword="null"/>. Share one with a <see cref="FakeDescopeUserClient"/> if you like.</summary>
    public DescopeUserStore? Store { get; set; }

    /// <summary>The clock for delays, latency and rate-limit windows; the system clock when <see langword="null"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>The port to listen on; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }
}
