using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// For a busy machine, where the wall-clock times of separate benchmark runs move by more than the differences being
/// looked for: every in-process case's SDK and baseline run in this one process, in alternating blocks (baseline,
/// SDK, SDK, baseline) of a few milliseconds each, timed by this thread's own CPU time, so time spent waiting for a
/// core drops out. Prints per case the median over the rounds of the SDK's CPU time over the baseline's, and the bytes
/// each side allocates per call on this thread (exact: the canned handler answers synchronously, so the whole call
/// runs here).
/// </summary>
internal static class PairedRun
{
    private static readonly TimeSpan BlockTarget = TimeSpan.FromMilliseconds(5);

    public static async Task<int> RunAsync(int rounds)
    {
        var benchmarks = new InProcessBenchmarks();
        await benchmarks.SetUpAsync();
        var cases = typeof(InProcessBenchmarks).GetMethods()
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .GroupBy(m => m.GetCustomAttribute<BenchmarkCategoryAttribute>()!.Categories.Single())
            .Select(g => (Name: g.Key,
                Baseline: Call(benchmarks, g.Single(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline)),
                Sdk: Call(benchmarks, g.Single(m => !m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline))))
            .ToList();

        Console.WriteLine($"paired: {(ThreadCpu.IsAvailable ? "thread CPU time" : "wall-clock time (no thread CPU clock on this OS)")}, {rounds} rounds of blocks of about {BlockTarget.TotalMilliseconds} ms; load {Load()}");

        // Tiered compilation first: every path is called for a while, with pauses for the background compiler, so the
        // measured calls run the final code and the first case is not charged for compiling what the others share.
        foreach (var (_, baseline, sdk) in cases)
        {
            for (var i = 0; i < 3; i++)
            {
                RunFor(baseline, TimeSpan.FromMilliseconds(300));
                RunFor(sdk, TimeSpan.FromMilliseconds(300));
                Thread.Sleep(200);
            }
        }

        Console.WriteLine($"{"case",-16} {"baseline µs",12} {"SDK µs",10} {"ratio",7} {"p25–p75",11} {"baseline B",12} {"SDK B",12} {"difference",11}");
        var incomplete = false;
        foreach (var (name, baseline, sdk) in cases)
        {
            RunFor(baseline, TimeSpan.FromMilliseconds(100));
            RunFor(sdk, TimeSpan.FromMilliseconds(100));
            var perCall = Block(sdk, 10).Microseconds;
            var calls = perCall <= 0 ? 1_000 : (int)Math.Clamp(BlockTarget.TotalMicroseconds / perCall, 1, 100_000);
            var ratios = new List<double>(rounds);
            var baselineSide = new Side();
            var sdkSide = new Side();
            for (var round = 0; round < rounds; round++)
            {
                var b1 = baselineSide.Add(Block(baseline, calls));
                var s1 = sdkSide.Add(Block(sdk, calls));
                var s2 = sdkSide.Add(Block(sdk, calls));
                var b2 = baselineSide.Add(Block(baseline, calls));
                ratios.Add((s1.Microseconds + s2.Microseconds) / (b1.Microseconds + b2.Microseconds));
            }

            incomplete |= baselineSide.Incomplete || sdkSide.Incomplete;
            ratios.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-16} {baselineSide.MedianMicroseconds,12:F2} {sdkSide.MedianMicroseconds,10:F2} {Quantile(ratios, 0.5),7:F3} {Quantile(ratios, 0.25),5:F2}–{Quantile(ratios, 0.75),-5:F2} {baselineSide.BytesPerCall,12:F0} {sdkSide.BytesPerCall,12:F0} {sdkSide.BytesPerCall - baselineSide.BytesPerCall,11:+0;−0;0}"));
        }

        benchmarks.CleanUp();
        Console.WriteLine($"load {Load()}");
        if (incomplete)
        {
            Console.WriteLine("some calls did not complete synchronously: their work on other threads is not counted");
        }

        return 0;
    }

    private static Func<Task> Call(InProcessBenchmarks benchmarks, MethodInfo method) =>
        (Func<Task>)Delegate.CreateDelegate(typeof(Func<Task>), benchmarks, method);

    private static void RunFor(Func<Task> call, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            call().GetAwaiter().GetResult();
        }
    }

    private static BlockResult Block(Func<Task> call, int calls)
    {
        var incomplete = false;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadCpu.Now();
        for (var i = 0; i < calls; i++)
        {
            var task = call();
            incomplete |= !task.IsCompleted;
            task.GetAwaiter().GetResult();
        }

        var time = ThreadCpu.Now() - start;
        return new BlockResult(time.TotalMicroseconds / calls, (double)(GC.GetAllocatedBytesForCurrentThread() - bytes) / calls, calls, incomplete);
    }

    private static double Quantile(List<double> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>One block: CPU (or wall-clock) microseconds and bytes per call.</summary>
    private readonly record struct BlockResult(double Microseconds, double Bytes, int Calls, bool Incomplete);

    private sealed class Side
    {
        private readonly List<double> _microseconds = [];
        private double _bytes;
        private long _calls;

        public bool Incomplete { get; private set; }

        public double MedianMicroseconds
        {
            get
            {
                _microseconds.Sort();
                return Quantile(_microseconds, 0.5);
            }
        }

        public double BytesPerCall => _bytes / _calls;

        public BlockResult Add(BlockResult block)
        {
            _microseconds.Add(block.Microseconds);
            _bytes += block.Bytes * block.Calls;
            _calls += block.Calls;
            Incomplete |= block.Incomplete;
            return block;
        }
    }

    /// <summary>The CPU time this thread has used: <c>CLOCK_THREAD_CPUTIME_ID</c> on Linux, wall-clock time elsewhere.</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

        public static TimeSpan Now()
        {
            if (!IsAvailable)
            {
                return Stopwatch.GetElapsedTime(0);
            }

            _ = NativeMethods.clock_gettime(ClockThreadCpuTimeId, out var time);
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clockId, out TimeSpec time);
    }
}
