// Benchmarks of Descope.UserManagement against a bare HttpClient floor. See benchmarks/README.md.
//
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- --filter '*'              in-process, full
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- quick                    in-process, quick
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- verify                   SDK and baseline send the same requests
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- loopback [seconds]       loopback and cold start
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- paired [rounds]          SDK/baseline thread CPU time, for a busy machine
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- bulk-memory [inputs]     peak managed memory of a streamed bulk patch
using BenchmarkDotNet.Running;
using Descope.UserManagement.Benchmarks;

switch (args.FirstOrDefault())
{
    case "server":
        await LoopbackServer.RunAsync();
        return 0;
    case "once":
        return await LoopbackRun.OnceAsync(new Uri(args[2]), args[1] == "sdk");
    case "verify":
        return await RequestVerification.RunAsync();
    case "quick":
        // A smoke run of every in-process case in well under a minute: in this process, short iterations. Its
        // numbers are rough; the full run is the one to quote.
        BenchmarkSwitcher.FromAssembly(typeof(InProcessBenchmarks).Assembly).Run(
            ["--filter", "*", "--inProcess", "--iterationTime", "100", "--warmupCount", "2", "--iterationCount", "5", .. args.Skip(1)]);
        return 0;
    case "paired":
        return await PairedRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
    case "bulk-memory":
        return await BulkMemoryRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    case "loopback":
        await LoopbackRun.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10));
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(InProcessBenchmarks).Assembly).Run(args);
        return 0;
}
