using System.Diagnostics;
using System.Globalization;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// Update status over real loopback HTTP at a given concurrency, SDK against baseline: calls per second and the
/// client process's CPU time per call (the server runs in another process). Also the cold start: time from
/// process start to the first completed call.
/// </summary>
internal static class LoopbackRun
{
    public static async Task RunAsync(TimeSpan duration)
    {
        var (server, address) = LoopbackServer.Start();
        try
        {
            Console.WriteLine("| case | concurrency | calls/s | client CPU µs/call |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var concurrency in new[] { 1, 64 })
            {
                foreach (var sdk in new[] { false, true })
                {
                    var (rate, cpu) = await MeasureAsync(address, sdk, concurrency, duration);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(sdk ? "SDK" : "baseline")} update status | {concurrency} | {rate:N0} | {cpu:N1} |"));
                }
            }

            Console.WriteLine();
            Console.WriteLine("| case | cold start, median of 10 (ms) |");
            Console.WriteLine("|---|---|");
            foreach (var sdk in new[] { false, true })
            {
                var times = new List<double>();
                for (var i = 0; i < 10; i++)
                {
                    times.Add(ColdStart(address, sdk));
                }

                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {(sdk ? "SDK" : "baseline")} first update status | {times[5]:N0} |"));
            }
        }
        finally
        {
            server.StandardInput.Close();
            await server.WaitForExitAsync();
        }
    }

    /// <summary>One call in a fresh process, for the cold-start measurement.</summary>
    public static async Task<int> OnceAsync(Uri address, bool sdk)
    {
        var call = Caller(address, sdk, out var dispose);
        await call();
        dispose();
        return 0;
    }

    private static async Task<(double Rate, double CpuMicrosecondsPerCall)> MeasureAsync(Uri address, bool sdk, int concurrency, TimeSpan duration)
    {
        var call = Caller(address, sdk, out var dispose);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => call()));  // warm up connections and JIT
            for (var i = 0; i < 200; i++)
            {
                await call();
            }

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long calls = 0;
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                while (clock.Elapsed < duration)
                {
                    await call();
                    Interlocked.Increment(ref calls);
                }
            }));
            var elapsed = clock.Elapsed;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            return (calls / elapsed.TotalSeconds, cpu.TotalMicroseconds / calls);
        }
        finally
        {
            dispose();
        }
    }

    private static Func<Task> Caller(Uri address, bool sdk, out Action dispose)
    {
        if (sdk)
        {
            var client = new DescopeUserClient(new DescopeUserClientOptions { ProjectId = CannedAnswers.ProjectId, ManagementKey = CannedAnswers.ManagementKey, BaseUrl = address });
            dispose = client.Dispose;
            return () => client.DeactivateAsync("alice@example.com");
        }

        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
        var baseline = new BaselineClient(http, address.ToString().TrimEnd('/'));
        dispose = http.Dispose;
        return () => baseline.PostAsync("/v1/mgmt/user/update/status", new StatusRequest("alice@example.com", "disabled"), BaselineJsonContext.Default.StatusRequest);
    }

    private static double ColdStart(Uri address, bool sdk)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (!Environment.ProcessPath!.EndsWith("Descope.UserManagement.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(LoopbackRun).Assembly.Location);
        }

        start.ArgumentList.Add("once");
        start.ArgumentList.Add(sdk ? "sdk" : "baseline");
        start.ArgumentList.Add(address.ToString());
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }
}
