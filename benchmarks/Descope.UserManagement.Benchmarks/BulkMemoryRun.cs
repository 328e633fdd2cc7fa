using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// Peak managed memory of a streamed bulk patch: <c>count</c> synthetic inputs, produced one at a time, through the
/// SDK to a handler that answers at once with each request's users as patched. What stays in memory is the SDK's
/// chunk, one request and its answer, so the peak should not grow with the number of inputs.
/// </summary>
internal static class BulkMemoryRun
{
    public static async Task<int> RunAsync(int count)
    {
        var options = new DescopeUserClientOptions { ProjectId = CannedAnswers.ProjectId, ManagementKey = CannedAnswers.ManagementKey };
        using var client = new DescopeUserClient(DescopeUserClient.CreateHttpClient(options, new CannedHandler(EchoPatched)), options);
        await client.PatchBatchAsync([new BatchUserPatch("warm-up@example.com")]);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(5).ConfigureAwait(false);
            }
        });

        var watch = Stopwatch.StartNew();
        var result = await client.PatchBatchAsync(Inputs(count), new BulkOptions
        {
            ExpectedCount = count,
            Progress = new Sample(() => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false))),
        });
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"inputs: {count:N0}; succeeded {result.Succeeded:N0}, failed {result.Failed.Count:N0}, in {watch.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"managed heap before: {before / 1024.0 / 1024.0:0.0} MB; peak while streaming: {peak / 1024.0 / 1024.0:0.0} MB (sampled every 5 ms and at each progress report, without forcing a collection)");
        Console.WriteLine($"allocated in total: {allocated / 1024.0 / 1024.0:0} MB ({allocated / (double)count:0} B per input); gen2 collections: {GC.CollectionCount(2)}");
        Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MB");
        return result.Succeeded == count ? 0 : 1;
    }

    private static async IAsyncEnumerable<BatchUserPatch> Inputs(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new BatchUserPatch($"user{i}@example.com") { GivenName = "Given", FamilyName = "Family" };
        }

        await Task.CompletedTask;
    }

    // Descope's answer to a batch patch in which every user was patched: {"patchedUsers":[{"loginIds":[…]}…]}.
    private static byte[] EchoPatched(HttpRequestMessage request)
    {
        using var body = JsonDocument.Parse(request.Content!.ReadAsByteArrayAsync().GetAwaiter().GetResult());
        var answer = new StringBuilder("{\"patchedUsers\":[");
        var first = true;
        foreach (var user in body.RootElement.GetProperty("users").EnumerateArray())
        {
            answer.Append(first ? "" : ",").Append("{\"loginIds\":[").Append(user.GetProperty("loginId").GetRawText()).Append("],\"userId\":\"U1\"}");
            first = false;
        }

        return Encoding.UTF8.GetBytes(answer.Append("],\"failedUsers\":[],\"additionalErrors\":{}}").ToString());
    }

    private sealed class Sample(Action sample) : IProgress<BulkProgress>
    {
        public void Report(BulkProgress value) => sample();
    }
}
