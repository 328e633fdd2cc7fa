using System.Text.RegularExpressions;
using Descope.UserManagement;

namespace BulkImport;

/// <summary>Row counts of the files a run writes.</summary>
internal sealed record ReportCounts(long FailedRows, long InFlightRows, long NotAttemptedRows);

/// <summary>
/// Writes what is left to do after a run, by reading the input again (only the failures are kept in memory): the failed
/// rows with their reasons, and after a cancellation the rows from the first one in flight on, so the import can be
/// retried or resumed by feeding the file back in. Both files have the input's header plus a <c>reason</c> column.
/// </summary>
internal static partial class ImportReport
{
    public const string InFlightReason = "in flight when cancelled: may have been created; check that the user exists before sending it again";

    public const string NotAttemptedReason = "not attempted";

    public static async Task<ReportCounts> WriteAsync(
        UserCsv csv, BulkResult<BatchUserCreate> result, IReadOnlyDictionary<long, string> unreadable, ImportSettings settings)
    {
        var failures = result.Failed.ToDictionary(failure => failure.Index, failure => Reason(failure, unreadable));
        using var failed = failures.Count > 0 ? Open(settings.FailedPath) : null;
        using var remaining = result.Canceled ? Open(settings.RemainingPath) : null;
        if (failed is null)
        {
            File.Delete(settings.FailedPath);       // a file an earlier run left would name rows this run imported
        }

        if (remaining is null)
        {
            File.Delete(settings.RemainingPath);
        }

        if (failed is not null)
        {
            await failed.Csv.WriteRecordAsync(csv.ReportHeader).ConfigureAwait(false);
        }

        if (remaining is not null)
        {
            await remaining.Csv.WriteRecordAsync(csv.ReportHeader).ConfigureAwait(false);
        }

        long inFlight = 0, notAttempted = 0;
        if (failed is not null || remaining is not null)
        {
            await foreach (var (index, fields) in csv.ReadRowsAsync(CancellationToken.None).ConfigureAwait(false))
            {
                string? reason = null;
                ReportFile? file = null;
                if (failures.TryGetValue(index, out var failure))
                {
                    (file, reason) = (failed, failure);
                }
                else if (result.Canceled && index >= result.InFlightIndex)
                {
                    file = remaining;
                    if (index < result.ResumeIndex)
                    {
                        reason = InFlightReason;
                        inFlight++;
                    }
                    else
                    {
                        reason = NotAttemptedReason;
                        notAttempted++;
                    }
                }

                if (file is not null)
                {
                    await file.Csv.WriteRecordAsync([.. csv.ReportFields(fields), reason]).ConfigureAwait(false);
                }
            }
        }

        return new ReportCounts(failures.Count, inFlight, notAttempted);
    }

    // The reader's reason for a row it could not read; otherwise the SDK's, with a warning when the request may have
    // been carried out. An argument problem's "(Parameter 'users')" says nothing about the row and is left out.
    private static string Reason(BulkFailure<BatchUserCreate> failure, IReadOnlyDictionary<long, string> unreadable) =>
        unreadable.TryGetValue(failure.Index, out var reason) ? reason
        : failure.Exception is DescopeOutcomeUnknownException ? failure.Reason + " (the request may have been carried out: check that the user exists before sending it again)"
        : ParameterSuffix().Replace(failure.Reason, string.Empty);

    [GeneratedRegex(@"( \(Parameter '[^']*'\))+$")]
    private static partial Regex ParameterSuffix();

    private static ReportFile Open(string path) => new(new StreamWriter(path, append: false));

    private sealed class ReportFile(StreamWriter writer) : IDisposable
    {
        public CsvWriter Csv { get; } = new(writer);

        public void Dispose() => writer.Dispose();
    }
}
