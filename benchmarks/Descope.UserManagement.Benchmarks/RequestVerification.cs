using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// Proves the comparison is fair: runs each in-process case once on the SDK and once on its baseline and checks
/// that both sent the very same requests (method, URL, every header, body bytes). Exits non-zero when any differ.
/// </summary>
internal static class RequestVerification
{
    public static async Task<int> RunAsync()
    {
        var benchmarks = new InProcessBenchmarks();
        await benchmarks.SetUpAsync();
        var cases = typeof(InProcessBenchmarks).GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .GroupBy(m => m.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories.Single());
        var failures = 0;
        foreach (var pair in cases)
        {
            var baseline = await RecordAsync(benchmarks, pair.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline));
            var sdk = await RecordAsync(benchmarks, pair.Single(m => !m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline));
            if (baseline.SequenceEqual(sdk, StringComparer.Ordinal) && sdk.Count > 0)
            {
                Console.WriteLine($"same requests: {pair.Key} ({sdk.Count} request{(sdk.Count == 1 ? "" : "s")}, {sdk.Sum(r => r.Length)} characters)");
                continue;
            }

            failures++;
            Console.WriteLine($"DIFFERENT requests: {pair.Key} ({baseline.Count} from the baseline, {sdk.Count} from the SDK); first difference:");
            var baselineLines = string.Join("\n", baseline).Split('\n');
            var sdkLines = string.Join("\n", sdk).Split('\n');
            var line = Enumerable.Range(0, Math.Max(baselineLines.Length, sdkLines.Length))
                .First(i => i >= baselineLines.Length || i >= sdkLines.Length || baselineLines[i] != sdkLines[i]);
            Console.WriteLine("  baseline: " + Shorten(baselineLines.ElementAtOrDefault(line)));
            Console.WriteLine("  SDK:      " + Shorten(sdkLines.ElementAtOrDefault(line)));
        }

        benchmarks.CleanUp();
        Console.WriteLine(failures == 0 ? "every case sends identical requests" : $"{failures} case(s) send different requests");
        return failures == 0 ? 0 : 1;
    }

    private static string Shorten(string? line) => line is null ? "(nothing)" : line.Length <= 300 ? line : line[..300] + "…";

    private static async Task<List<string>> RecordAsync(InProcessBenchmarks benchmarks, MethodInfo method)
    {
        var recorded = new List<string>();
        benchmarks.Record(recorded);
        try
        {
            await (Task)method.Invoke(benchmarks, null)!;
        }
        finally
        {
            benchmarks.Record(null);
        }

        return recorded;
    }
}
