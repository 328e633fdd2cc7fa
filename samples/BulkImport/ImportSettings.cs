using System.Globalization;

namespace BulkImport;

/// <summary>The command line, checked. Credentials come from the options or from DESCOPE_* variables.</summary>
internal sealed record ImportSettings
{
    public const string Usage = """
        Usage: BulkImport <users.csv> [options]
          --invite                  invite the users (InviteBatchAsync) instead of creating them (CreateBatchAsync)
          --invite-url <url>        the link in the invitation (with --invite)
          --count <n>               the number of data rows, for progress; without it the file is counted first
          --chunk-size <n>          users per request (default 100)
          --no-pacing               send without client-side pacing (429s are then waited out through Retry-After)
          --redis <endpoint>        share the pacing budget with other processes through Redis
          --failed-file <path>      where failed rows go (default <input>.failed.csv)
          --remaining-file <path>   where a cancelled run's remaining rows go (default <input>.remaining.csv)
          --project-id <id>         a Descope project (or DESCOPE_PROJECT_ID)
          --management-key <key>    its management key (or DESCOPE_MANAGEMENT_KEY, which keeps it out of process lists)
          --base-url <url>          Descope's API address (or DESCOPE_BASE_URL), e.g. a custom domain
          --limit-scale <f>         emulator only: shrink the rate-limit windows by this factor (e.g. 0.05) for a fast demo
        Without a project ID and management key, the users go to an emulator started in this process.
        Exit codes: 0 every row imported, 1 some rows failed, 2 bad usage, 130 cancelled (Ctrl+C).
        """;

    public required string InputPath { get; init; }
    public bool Invite { get; init; }
    public string? InviteUrl { get; init; }
    public long? Count { get; init; }
    public int ChunkSize { get; init; } = 100;
    public bool Pacing { get; init; } = true;
    public string? RedisEndpoint { get; init; }
    public required string FailedPath { get; init; }
    public required string RemainingPath { get; init; }
    public string? ProjectId { get; init; }
    public string? ManagementKey { get; init; }
    public Uri? BaseUrl { get; init; }
    public double LimitScale { get; init; } = 1;

    public bool UseEmulator => ProjectId is null;

    public static ImportSettings Parse(string[] args)
    {
        string? input = null, inviteUrl = null, redis = null, failed = null, remaining = null, projectId = null, key = null, baseUrl = null;
        bool invite = false, pacing = true;
        long? count = null;
        int chunkSize = 100;
        double scale = 1;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--invite": invite = true; break;
                case "--invite-url": inviteUrl = Value(); break;
                case "--count": count = Number(args[i], Value(), 0, long.MaxValue); break;
                case "--chunk-size": chunkSize = (int)Number(args[i], Value(), 1, 1000); break;
                case "--no-pacing": pacing = false; break;
                case "--redis": redis = Value(); break;
                case "--failed-file": failed = Value(); break;
                case "--remaining-file": remaining = Value(); break;
                case "--project-id": projectId = Value(); break;
                case "--management-key": key = Value(); break;
                case "--base-url": baseUrl = Value(); break;
                case "--limit-scale":
                    var text = Value();
                    scale = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f > 0 && f <= 1
                        ? f : throw new UsageException($"--limit-scale takes a number above 0 and at most 1, not '{text}'.");
                    break;
                case "-h" or "--help": throw new UsageException(string.Empty);
                default:
                    input = args[i].StartsWith("--", StringComparison.Ordinal) || input is not null
                        ? throw new UsageException($"Unexpected argument '{args[i]}'.")
                        : args[i];
                    break;
            }
        }

        if (input is null)
        {
            throw new UsageException("Name the CSV file of users to import.");
        }

        if (inviteUrl is not null && string.IsNullOrWhiteSpace(inviteUrl))
        {
            throw new UsageException("--invite-url needs a URL.");
        }

        if (inviteUrl is not null && !invite)
        {
            throw new UsageException("--invite-url goes with --invite.");
        }

        projectId = Blank(projectId) ?? Blank(Environment.GetEnvironmentVariable("DESCOPE_PROJECT_ID"));
        key = Blank(key) ?? Blank(Environment.GetEnvironmentVariable("DESCOPE_MANAGEMENT_KEY"));
        baseUrl = Blank(baseUrl) ?? Blank(Environment.GetEnvironmentVariable("DESCOPE_BASE_URL"));
        if ((projectId is null) != (key is null))
        {
            throw new UsageException("Give both a project ID and a management key to import into Descope, or neither to use the emulator.");
        }

        if (projectId is not null && scale != 1)
        {
            throw new UsageException("--limit-scale applies to the emulator only: Descope's own limits do not shrink.");
        }

        var stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input));
        failed ??= stem + ".failed.csv";
        remaining ??= stem + ".remaining.csv";
        if (new[] { failed, remaining }.Any(output => Path.GetFullPath(output) == Path.GetFullPath(input)) || Path.GetFullPath(failed) == Path.GetFullPath(remaining))
        {
            throw new UsageException("The input, failed-rows and remaining-rows files must be three different files.");
        }

        return new ImportSettings
        {
            InputPath = input,
            Invite = invite,
            InviteUrl = inviteUrl,
            Count = count,
            ChunkSize = chunkSize,
            Pacing = pacing,
            RedisEndpoint = redis,
            FailedPath = failed,
            RemainingPath = remaining,
            ProjectId = projectId,
            ManagementKey = key,
            BaseUrl = baseUrl is null ? null
                : Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) ? url : throw new UsageException("The base URL is not an absolute URL."),
            LimitScale = scale,
        };
    }

    private static long Number(string option, string text, long min, long max) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new UsageException($"{option} takes a whole number from {min} to {max}, not '{text}'.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // The management key never appears in output.
    public override string ToString() => $"ImportSettings {{ InputPath = {InputPath}, ProjectId = {ProjectId} }}";
}
