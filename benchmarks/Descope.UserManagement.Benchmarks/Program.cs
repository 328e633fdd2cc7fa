// Benchmarks of Descope.UserManagement against a bare HttpClient floor. See benchmarks/README.md.
//
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- --filter '*'              in-process, full
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- --filter '*' --job short  in-process, quick
//   dotnet run -c Release --project benchmarks/Descope.UserManagement.Benchmarks -- loopback [seconds]       loopback and cold start
using BenchmarkDotNet.Running;
using Descope.UserManagement.Benchmarks;

switch (args.FirstOrDefault())
{
    case "server":
        await LoopbackServer.RunAsync();
        return 0;
    case "once":
        return await LoopbackRun.OnceAsync(new Uri(args[2]), args[1] == "sdk");
    case "loopback":
        await LoopbackRun.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10));
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(InProcessBenchmarks).Assembly).Run(args);
        return 0;
}
