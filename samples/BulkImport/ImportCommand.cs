using System.Diagnostics;
using System.Globalization;
using Descope.UserManagement;

namespace BulkImport;

/// <summary>The import from start to end: read the settings and the header, count the rows, stream them, report.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, bool interactive, CancellationToken cancellationToken)
    {
        ImportSettings settings;
        UserCsv csv;
        try
        {
            settings = ImportSettings.Parse(args);
            csv = await UserCsv.OpenAsync(settings.InputPath, cancellationToken).ConfigureAwait(false);
            await using var target = await ImportTarget.StartAsync(settings, output).ConfigureAwait(false);
            return await ImportAsync(settings, csv, target, output, interactive, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException problem)
        {
            if (problem.Message.Length > 0)
            {
                await errors.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            await errors.WriteLineAsync(ImportSettings.Usage).ConfigureAwait(false);
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync("Cancelled before any row was sent.").ConfigureAwait(false);
            return 130;
        }
    }

    private static async Task<int> ImportAsync(
        ImportSettings settings, UserCsv csv, ImportTarget target, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        var count = settings.Count ?? await csv.CountRowsAsync(cancellationToken).ConfigureAwait(false);
        var how = settings.Invite ? "inviting" : "creating";
        var pacing = settings.Pacing ? "paced at Descope's limits" : "not paced (--no-pacing)";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{count} rows in {settings.InputPath}: {how} users, {settings.ChunkSize} per request, {pacing}.")).ConfigureAwait(false);

        var unreadable = new Dictionary<long, string>();
        var progress = new ProgressDisplay(output, interactive);
        var client = target.Client;
        var clock = Stopwatch.StartNew();
        // Bulk: begin
        IAsyncEnumerable<BatchUserCreate> users = csv.ReadUsersAsync(unreadable, cancellationToken); // one row at a time
        var bulk = new BulkOptions { ChunkSize = settings.ChunkSize, ExpectedCount = count, Progress = progress };
        var result = settings.Invite
            ? await client.InviteBatchAsync(users, new InviteOptions { InviteUrl = settings.InviteUrl }, bulk, cancellationToken)
            : await client.CreateBatchAsync(users, bulk, cancellationToken);
        // result.Succeeded, result.Failed (Index, Input, Reason), and after a cancel InFlight and ResumeIndex
        // Bulk: end
        progress.Finish();

        // The report is written even after Ctrl+C: it is what makes the import resumable.
        var report = await ImportReport.WriteAsync(csv, result, unreadable, settings).ConfigureAwait(false);
        await WriteSummaryAsync(output, settings, result, report, clock.Elapsed, target).ConfigureAwait(false);
        return result.Canceled ? 130 : report.FailedRows > 0 ? 1 : 0;
    }

    private static async Task WriteSummaryAsync(
        TextWriter output, ImportSettings settings, BulkResult<BatchUserCreate> result, ReportCounts report, TimeSpan elapsed, ImportTarget target)
    {
        var done = settings.Invite ? "invited" : "created";
        var rows = result.Succeeded + report.FailedRows + report.InFlightRows + report.NotAttemptedRows;
        var lines = new List<string>
        {
            result.Canceled
                ? FormattableString.Invariant($"Cancelled: {rows} rows: {result.Succeeded} {done}, {report.FailedRows} failed, {report.InFlightRows} in flight (may have been {done}), {report.NotAttemptedRows} not attempted.")
                : FormattableString.Invariant($"Done: {rows} rows: {result.Succeeded} {done}, {report.FailedRows} failed."),
            FormattableString.Invariant($"Time: {elapsed.TotalSeconds:0.0} s."),
        };
        if (report.FailedRows > 0)
        {
            lines.Add(FormattableString.Invariant($"Failed rows: {report.FailedRows}, with their reasons, in {settings.FailedPath}; fix them and run again with that file."));
        }

        if (result.Canceled)
        {
            lines.Add(FormattableString.Invariant($"Remaining rows: {report.InFlightRows + report.NotAttemptedRows} in {settings.RemainingPath}; run again with that file to resume")
                + (report.InFlightRows > 0 ? FormattableString.Invariant($" (the {report.InFlightRows} marked in flight may exist already and then fail as taken).") : "."));
        }

        if (target.CreateLimit is { } limit)
        {
            lines.Add(FormattableString.Invariant($"Emulator: its user-create limit admitted {limit.Admitted} requests and refused {limit.Refused} with 429."));
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
