using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Descope.UserManagement.Testing;
using Descope.UserManagement.Tests.Infrastructure;
using Descope.UserManagement.Tests.Redis;

namespace Descope.UserManagement.Tests.Samples;

/// <summary>samples/BulkImport run as a user would, in its own process, over real HTTP to an emulator.</summary>
[Collection(RedisTests.Name)]
public sealed partial class BulkImportSampleTests(RedisServer redis) : IDisposable
{
    private const string Header = "loginId,email,phone,name,givenName,familyName,roles,tenants";
    private readonly string _directory = Directory.CreateTempSubdirectory("bulk-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Sample_csv_on_its_own_emulator_accounts_for_every_row_and_writes_exactly_the_failed_ones()
    {
        var input = Path.Combine(_directory, "users.csv");
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "BulkImport", "users.csv"), input);

        var run = await RunAsync([input], emulator: null);

        run.ExitCode.Should().Be(1, run.Output);
        run.Output.Should().Contain("running against the emulator").And.Contain("refused 0 with 429");
        var (rows, created, failed) = Summary(run.Output);
        (rows, created, failed).Should().Be((250, 246, 4));
        var failedRows = ReadCsv(Path.Combine(_directory, "users.failed.csv"));
        failedRows[0].Should().Equal([.. Header.Split(','), "reason"]);
        failedRows.Should().HaveCount(1 + (int)failed);
        failedRows.Skip(1).Should().OnlyContain(row => row.Count == 9 && row[8].Length > 0);
        failedRows.Skip(1).Select(row => row[8]).Should().Contain(reason => reason.Contains("already", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("no login ID", StringComparison.Ordinal))
            .And.Contain(reason => reason.Contains("fields; the header has 8", StringComparison.Ordinal));
        File.Exists(Path.Combine(_directory, "users.remaining.csv")).Should().BeFalse();
    }

    [Fact]
    public async Task Quoted_fields_parse_and_the_failed_rows_file_imports_once_the_problem_is_gone()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        emulator.Store.SeedTenant("acme", "Acme Corp");
        emulator.Store.Seed("taken@example.com", email: "taken@example.com");
        var input = Path.Combine(_directory, "people.csv");
        await File.WriteAllTextAsync(input, string.Join("\r\n",
            Header,
            "hopper@example.com,hopper@example.com,+14155550100,\"Hopper, Grace\",Grace,Hopper,Tenant Admin;Support,acme",
            "ada@example.com,ada@example.com,,\"Ada \"\"Countess\"\" Lovelace\",Ada,Lovelace,,",
            "",
            "alan@example.com,alan@example.com,,\"Turing,\nAlan\",Alan,Turing,,",
            "taken@example.com,taken@example.com,,Taken Again,,,,",
            "short@example.com,short@example.com,,\"Short, Row\"",
            "edsger@example.com,edsger@example.com,,Edsger Dijkstra,Edsger,Dijkstra,,") + "\r\n");

        var run = await RunAsync([input, "--chunk-size", "2"], emulator);

        run.ExitCode.Should().Be(1, run.Output);
        Summary(run.Output).Should().Be((6L, 4L, 2L));
        emulator.Store.Find("hopper@example.com")!.Name.Should().Be("Hopper, Grace");
        emulator.Store.Find("hopper@example.com")!.RoleNames.Should().Equal("Tenant Admin", "Support");
        emulator.Store.Find("hopper@example.com")!.UserTenants!.Select(t => t.TenantId).Should().Equal("acme");
        emulator.Store.Find("ada@example.com")!.Name.Should().Be("Ada \"Countess\" Lovelace");
        emulator.Store.Find("alan@example.com")!.Name.Should().Be("Turing,\nAlan");
        emulator.Store.Find("short@example.com").Should().BeNull();

        var failedFile = Path.Combine(_directory, "people.failed.csv");
        var failed = ReadCsv(failedFile);
        failed.Should().HaveCount(3);
        failed[1].Take(4).Should().Equal("taken@example.com", "taken@example.com", "", "Taken Again");
        failed[1][8].Should().Contain("already");
        failed[2].Take(4).Should().Equal("short@example.com", "short@example.com", "", "Short, Row");
        failed[2][8].Should().Be("The row has 4 fields; the header has 8.");

        // The login ID is free again: feeding the failed-rows file back creates both (the short row, padded, now reads).
        using (var client = emulator.CreateClient())
        {
            await client.DeleteAsync("taken@example.com");
        }

        var retry = await RunAsync([failedFile], emulator);

        retry.ExitCode.Should().Be(0, retry.Output);
        Summary(retry.Output).Should().Be((2L, 2L, 0L));
        emulator.Store.Find("taken@example.com")!.Name.Should().Be("Taken Again");
        emulator.Store.Find("short@example.com")!.Name.Should().Be("Short, Row");
        emulator.Store.Users.Should().HaveCount(6);
    }

    [Fact]
    public async Task Ctrl_C_writes_the_summary_and_a_resumable_file_and_resuming_imports_the_rest()
    {
        await using var emulator = await TestClients.StartEmulatorAsync();
        var limit = DescopeRateLimits.UserCreate();
        emulator.AddRateLimit(limit);
        var loginIds = Enumerable.Range(1, 130).Select(i => $"user{i:000}@example.com").ToArray();
        var input = Path.Combine(_directory, "staff.csv");
        await File.WriteAllLinesAsync(input, ["loginId,email,name", .. loginIds.Select(id => $"{id},{id},\"Staff, Member\"")]);

        // One user per request at Descope's 100 creates per 60 s: the 101st request waits for its permit, and the run is
        // interrupted there, as a user pressing Ctrl+C would.
        var run = await RunAsync([input, "--chunk-size", "1"], emulator, async (process, timeout) =>
        {
            while (emulator.Store.Users.Count < 100)
            {
                process.HasExited.Should().BeFalse("the run should wait on its pacing after 100 requests");
                await Task.Delay(20, timeout);
            }

            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync(timeout);
        });

        run.ExitCode.Should().Be(130, run.Output);
        limit.Refused.Should().Be(0, "pacing kept the run within the limit");
        emulator.Store.Users.Should().HaveCount(100);
        var cancelled = CancelledLine().Match(run.Output);
        cancelled.Success.Should().BeTrue(run.Output);
        var (rows, created, failedCount, inFlight, notAttempted) = (Number(cancelled, 1), Number(cancelled, 2), Number(cancelled, 3), Number(cancelled, 4), Number(cancelled, 5));
        (rows, created, failedCount, inFlight + notAttempted).Should().Be((130L, 100L, 0L, 30L));

        var remainingFile = Path.Combine(_directory, "staff.remaining.csv");
        var remaining = ReadCsv(remainingFile);
        remaining[0].Should().Equal("loginId", "email", "name", "reason");
        remaining.Skip(1).Select(row => row[0]).Should().Equal(loginIds[100..]);
        remaining.Skip(1).Select(row => row[2]).Should().OnlyContain(name => name == "Staff, Member");
        remaining.Skip(1).Take((int)inFlight).Should().OnlyContain(row => row[3].StartsWith("in flight when cancelled: may have been created", StringComparison.Ordinal));
        remaining.Skip(1 + (int)inFlight).Should().OnlyContain(row => row[3] == "not attempted");

        // A new window (the emulator's limit is cleared rather than waited out): the remaining file finishes the job.
        emulator.ClearRateLimits();
        var resumed = await RunAsync([remainingFile, "--chunk-size", "10"], emulator);

        resumed.ExitCode.Should().Be(0, resumed.Output);
        Summary(resumed.Output).Should().Be((30L, 30L, 0L));
        emulator.Store.Users.Select(u => u.LoginIds![0]).Should().BeEquivalentTo(loginIds);
    }

    [Fact]
    public async Task With_redis_the_import_paces_on_budgets_kept_in_redis_and_accounts_for_every_row()
    {
        var input = Path.Combine(_directory, "users.csv");
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "BulkImport", "users.csv"), input);
        var server = redis.Connection.GetServer(redis.Endpoint);
        var before = server.Keys(pattern: "*emulator*").Count();

        var run = await RunAsync([input, "--redis", redis.Endpoint], emulator: null);

        run.ExitCode.Should().Be(1, run.Output);
        run.Output.Should().Contain("refused 0 with 429");
        Summary(run.Output).Should().Be((250, 246, 4));
        server.Keys(pattern: "*emulator*").Count().Should().BeGreaterThan(before, "the create budget was counted in Redis");
    }

    [Fact]
    public async Task Redis_with_no_pacing_is_refused_as_a_contradiction()
    {
        var input = Path.Combine(_directory, "one.csv");
        await File.WriteAllTextAsync(input, "loginId\none@example.com\n");

        var run = await RunAsync([input, "--redis", redis.Endpoint, "--no-pacing"], emulator: null);

        run.ExitCode.Should().Be(2);
        run.Errors.Should().Contain("cannot be combined with --no-pacing");
    }

    private static long Number(Match match, int group) => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static (long Rows, long Created, long Failed) Summary(string output)
    {
        var done = DoneLine().Match(output);
        done.Success.Should().BeTrue(output);
        var (rows, created, failed) = (Number(done, 1), Number(done, 2), Number(done, 3));
        (created + failed).Should().Be(rows, "every row is created or failed");
        return (rows, created, failed);
    }

    [GeneratedRegex(@"^Done: (\d+) rows: (\d+) created, (\d+) failed\.", RegexOptions.Multiline)]
    private static partial Regex DoneLine();

    [GeneratedRegex(@"^Cancelled: (\d+) rows: (\d+) created, (\d+) failed, (\d+) in flight \(may have been created\), (\d+) not attempted\.", RegexOptions.Multiline)]
    private static partial Regex CancelledLine();

    private sealed record SampleRun(int ExitCode, string Output, string Errors);

    // Runs the built sample against the given emulator (as a Descope project named by DESCOPE_*) or, with none, on its own.
    private static async Task<SampleRun> RunAsync(string[] arguments, DescopeEmulator? emulator, Func<Process, CancellationToken, Task>? whileRunning = null)
    {
        var start = ChildProcess.StartInfo(ChildProcess.Dotnet, [RepositoryPaths.SampleAssembly("BulkImport"), .. arguments], new Dictionary<string, string?>
        {
            ["DESCOPE_PROJECT_ID"] = emulator?.ProjectId,
            ["DESCOPE_MANAGEMENT_KEY"] = emulator?.ManagementKey,
            ["DESCOPE_BASE_URL"] = emulator?.BaseUrl.ToString(),
        });
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            if (whileRunning is not null)
            {
                await whileRunning(process, timeout.Token);
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var run = new SampleRun(process.ExitCode, await output, await errors);
        if (emulator is not null)
        {
            (run.Output + run.Errors).Should().NotContain(emulator.ManagementKey, "the management key is never printed");
        }

        return run;
    }

    // An RFC 4180 reader of the test's own, to check what the sample wrote.
    private static List<List<string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        text.Should().EndWith("\r\n", "records end with CRLF");
        return records;
    }
}
