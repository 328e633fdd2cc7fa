using System.Globalization;

namespace Descope.UserManagement.Emulator;

/// <summary>The command line of descope-emulator, read by hand: four options, each <c>--name value</c> or <c>--name=value</c>.</summary>
internal sealed record ToolArguments(int Port, string ProjectId, string ManagementKey, string? SeedFile)
{
    public const string DefaultProjectId = "P2EmulatorProject00000000000";

    public const string Usage = """
        descope-emulator: Descope's user-management API on 127.0.0.1, for tests in any language.

        Usage: descope-emulator [--port <n>] [--project-id <id>] [--management-key <key>] [--seed <file.json>]

          --port <n>              port to listen on; 0 (the default) takes a free one. The URL is printed.
          --project-id <id>       the project ID clients send; else DESCOPE_PROJECT_ID, else P2EmulatorProject00000000000.
          --management-key <key>  the management key clients send; else DESCOPE_MANAGEMENT_KEY. Required.
          --seed <file.json>      users, tenants, roles and attributes to start with (README: "Seed file").
          --help                  this text.

        Clients authenticate with Authorization: Bearer <projectId>:<managementKey>, Descope's own scheme; the control
        API under /emulator/ takes the same. Stop with Ctrl+C or SIGTERM.
        """;

    /// <summary>Reads <paramref name="args"/>, taking what is not given from <paramref name="environment"/>.</summary>
    /// <returns>The arguments, or the reason they cannot be used; <see langword="null"/> both when help was asked for.</returns>
    public static (ToolArguments? Arguments, string? Problem) Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                return (null, null);
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[..equals] : arg;
            if (name is not ("--port" or "--project-id" or "--management-key" or "--seed"))
            {
                return (null, $"Unknown argument '{arg}'.");
            }

            if (equals < 0 && i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value.");
            }

            values[name] = equals > 0 ? arg[(equals + 1)..] : args[++i];
        }

        var port = 0;
        if (values.TryGetValue("--port", out var portText) && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            return (null, $"--port must be a number from 0 to 65535, not '{portText}'.");
        }

        var projectId = Given(values.GetValueOrDefault("--project-id")) ?? Given(environment("DESCOPE_PROJECT_ID")) ?? DefaultProjectId;
        var key = Given(values.GetValueOrDefault("--management-key")) ?? Given(environment("DESCOPE_MANAGEMENT_KEY"));
        if (key is null)
        {
            return (null, "No management key: pass --management-key <key> or set DESCOPE_MANAGEMENT_KEY.");
        }

        if (projectId.Contains(':', StringComparison.Ordinal) || projectId.Any(char.IsWhiteSpace))
        {
            return (null, "The project ID must not contain ':' or white space.");
        }

        return (new ToolArguments(port, projectId, key, Given(values.GetValueOrDefault("--seed"))), null);
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
