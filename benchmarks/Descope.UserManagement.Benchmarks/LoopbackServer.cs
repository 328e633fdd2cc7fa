using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Descope.UserManagement.Benchmarks;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers every request with the canned user, run in a child process so the
/// client's CPU time can be measured on its own.
/// </summary>
internal static class LoopbackServer
{
    /// <summary>Runs the server in this process, printing its address, until standard input closes.</summary>
    public static async Task RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var body = context.Request.Path == "/v1/mgmt/license" ? CannedAnswers.License : CannedAnswers.User;
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.StartAsync();
        Console.WriteLine(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
    }

    /// <summary>Starts the server in a child process and returns it with its address.</summary>
    public static (System.Diagnostics.Process Process, Uri Address) Start()
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardInput = true };
        if (!Environment.ProcessPath!.EndsWith("Descope.UserManagement.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(LoopbackServer).Assembly.Location);
        }

        start.ArgumentList.Add("server");
        var process = System.Diagnostics.Process.Start(start)!;
        var address = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("The loopback server did not start.");
        return (process, new Uri(address));
    }
}
