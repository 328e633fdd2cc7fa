// One process of the shared-budget test: a Descope client registered with AddDescopeUsers and paced by Redis, which
// makes a number of user updates as fast as its permits allow.
//
//   dotnet Descope.UserManagement.RedisWorker.dll <base URL> <redis endpoint> <project ID> <login ID> <count>
//                                                 <permits> <window ms> <allowance ms>
//
// The management key comes from DESCOPE_MANAGEMENT_KEY (never an argument, which process listings show). The worker
// warms up (one load and one update, which also open the HTTP and Redis connections and load the limiter's script), prints "ready", waits for a line on standard
// input so that every worker starts at once, makes the updates and prints "done <count>".
using System;
using System.Globalization;
using System.Threading.Tasks;
using Descope.UserManagement;
using Descope.UserManagement.Redis;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 8)
{
    await Console.Error.WriteLineAsync("usage: <base URL> <redis endpoint> <project ID> <login ID> <count> <permits> <window ms> <allowance ms>");
    return 2;
}

var baseUrl = new Uri(args[0]);
var redis = args[1];
var projectId = args[2];
var loginId = args[3];
var count = int.Parse(args[4], CultureInfo.InvariantCulture);
var limit = new DescopeRedisLimit(int.Parse(args[5], CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(int.Parse(args[6], CultureInfo.InvariantCulture)));
var limits = new DescopeRedisLimits
{
    Create = limit,
    UpdateAndSearch = limit,
    Other = new DescopeRedisLimit(1000, TimeSpan.FromSeconds(10)),
    DelayAllowance = TimeSpan.FromMilliseconds(int.Parse(args[7], CultureInfo.InvariantCulture)),
};

var services = new ServiceCollection();
services.AddDescopeUsers(options =>
{
    options.ProjectId = projectId;
    options.ManagementKey = Environment.GetEnvironmentVariable("DESCOPE_MANAGEMENT_KEY");
    options.BaseUrl = baseUrl;
}).UseRedisRateLimits(redis, limits);

await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<IDescopeUserClient>();

// Warm-up: every code path of an update, the Redis limiter's included, runs once before the timed part, so no
// first-call work sits between a permit and its request. The test lets these permits expire before it says go.
await client.LoadAsync(loginId);
await client.UpdateDisplayNameAsync(loginId, new DisplayName { Name = "Warm-up" });
Console.WriteLine("ready");
if (await Console.In.ReadLineAsync() is null)
{
    return 3;
}

for (var i = 0; i < count; i++)
{
    await client.UpdateDisplayNameAsync(loginId, new DisplayName { Name = string.Create(CultureInfo.InvariantCulture, $"Worker {Environment.ProcessId} #{i}") });
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {count}"));
return 0;
