using System.Diagnostics;
using System.Globalization;
using Descope.UserManagement.Testing.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// What the standalone emulator adds in front of the emulated API, when its options ask for it: a one-line log of
/// every request, the starting seed, and the control API.
/// </summary>
internal static class StandaloneHosting
{
    public static void Use(WebApplication app, DescopeEmulatorOptions options, EmulatorRequestHandler handler, string managementKey)
    {
        if (options.RequestLog is { } log)
        {
            app.Use(async (context, next) =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await next(context).ConfigureAwait(false);
                }
                finally
                {
                    log(Line(context, Stopwatch.GetElapsedTime(started)));
                }
            });
        }

        if (options.ControlApi)
        {
            var control = new EmulatorControlApi(handler, options.ProjectId, managementKey, options.Seed);
            app.Use((context, next) => context.Request.Path.StartsWithSegments(EmulatorControlApi.Prefix, StringComparison.Ordinal) ? control.HandleAsync(context) : next(context));
        }
        else if (options.Seed is { } seed)
        {
            seed.ApplyTo(handler.Store);
        }
    }

    // Method, path (no query), status and time taken: nothing that could carry the key or a user's data.
    private static string Line(HttpContext context, TimeSpan elapsed)
    {
        var status = context.RequestAborted.IsCancellationRequested ? "aborted" : context.Response.StatusCode.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{context.Request.Method} {context.Request.Path} {status} {elapsed.TotalMilliseconds:0.0} ms");
    }
}
