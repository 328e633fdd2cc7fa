using System.Net.Sockets;
using System.Runtime.InteropServices;
using Descope.UserManagement.Emulator;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Testing.Control;

// descope-emulator: the emulator of the Testing package as a program. Exit codes: 0 after Ctrl+C or SIGTERM, 1 when
// it cannot start (a taken port), 2 for arguments or a seed file it cannot use.
var (arguments, problem) = ToolArguments.Parse(args, Environment.GetEnvironmentVariable);
if (arguments is null)
{
    (problem is null ? Console.Out : Console.Error).WriteLine(problem is null ? ToolArguments.Usage : $"descope-emulator: {problem}\nRun descope-emulator --help for the options.");
    return problem is null ? 0 : 2;
}

EmulatorSeed? seed = null;
if (arguments.SeedFile is { } seedFile)
{
    try
    {
        seed = EmulatorSeed.Parse(await File.ReadAllTextAsync(seedFile).ConfigureAwait(false));
    }
    catch (Exception error) when (error is IOException or UnauthorizedAccessException)
    {
        await Console.Error.WriteLineAsync($"descope-emulator: cannot read the seed file '{seedFile}': {error.Message}").ConfigureAwait(false);
        return 2;
    }
    catch (SeedException error)
    {
        await Console.Error.WriteLineAsync($"descope-emulator: the seed file '{seedFile}' is not valid:").ConfigureAwait(false);
        foreach (var line in error.Problems)
        {
            await Console.Error.WriteLineAsync("  " + line).ConfigureAwait(false);
        }

        return 2;
    }
}

var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stopping.TrySetResult();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

DescopeEmulator emulator;
try
{
    emulator = await DescopeEmulator.StartAsync(new DescopeEmulatorOptions
    {
        ProjectId = arguments.ProjectId,
        ManagementKey = arguments.ManagementKey,
        Port = arguments.Port,
        ControlApi = true,
        Seed = seed,
        RequestLog = Console.Out.WriteLine,
    }).ConfigureAwait(false);
}
catch (IOException error) when (error.InnerException is SocketException || error.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
{
    await Console.Error.WriteLineAsync($"descope-emulator: cannot listen on 127.0.0.1:{arguments.Port}: {error.Message}").ConfigureAwait(false);
    return 1;
}

await using (emulator.ConfigureAwait(false))
{
    var url = emulator.BaseUrl.ToString().TrimEnd('/');
    Console.WriteLine($"descope-emulator listening on {url} for project {emulator.ProjectId}");
    Console.WriteLine($"control API at {url}/emulator/ (same bearer); "
        + (seed is null ? "no seed file" : $"seed file {arguments.SeedFile}: {seed.Users.Count} user(s), {seed.Tenants.Count} tenant(s)"));
    await stopping.Task.ConfigureAwait(false);
}

Console.WriteLine("descope-emulator stopped");
return 0;
