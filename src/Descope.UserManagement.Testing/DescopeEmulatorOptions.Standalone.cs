using Descope.UserManagement.Testing.Control;

namespace Descope.UserManagement.Testing;

// What the standalone emulator (the descope-emulator tool) turns on; not part of the library's surface.
public sealed partial class DescopeEmulatorOptions
{
    /// <summary>Serves the control API under <c>/emulator/</c> (<see cref="EmulatorControlApi"/>).</summary>
    internal bool ControlApi { get; set; }

    /// <summary>The store's starting state, applied at start and again by the control API's reset.</summary>
    internal EmulatorSeed? Seed { get; set; }

    /// <summary>Receives one line per request: method, path, status and duration; never headers or bodies.</summary>
    internal Action<string>? RequestLog { get; set; }
}
