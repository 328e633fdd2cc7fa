using System.Globalization;
using System.Text;
using Descope.UserManagement.Testing.Emulation;
using Descope.UserManagement.Testing.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Descope.UserManagement.Testing.Hosting;

/// <summary>
/// The emulator's request pipeline: record, wait, inject faults, serve the public key set, check the bearer, apply
/// rate limits, then serve.
/// </summary>
internal sealed class EmulatorRequestHandler
{
    private readonly EmulatorApi _api;
    private readonly PublicKeysRoute _keys;
    private readonly string _expectedAuthorization;
    private readonly TimeProvider _timeProvider;
    private readonly object _rateLimitGate = new();
    private EmulatorRateLimit[] _rateLimits = [];

    public EmulatorRequestHandler(DescopeUserStore store, string projectId, string managementKey, EmulatorSigningKey signingKey, TimeProvider timeProvider)
    {
        Store = store;
        _keys = new PublicKeysRoute(projectId, signingKey);
        _timeProvider = timeProvider;
        _expectedAuthorization = $"Bearer {projectId}:{managementKey}";
        _api = new EmulatorApi(store, () => LicenseTier);
    }

    public DescopeUserStore Store { get; }

    public RequestJournal Journal { get; } = new();

    public FaultInjector Faults { get; } = new();

    public TimeSpan Latency { get; set; }

    public string LicenseTier { get; set; } = "tier2";

    public IReadOnlyList<EmulatorRateLimit> RateLimits => Volatile.Read(ref _rateLimits);

    public void AddRateLimit(EmulatorRateLimit limit)
    {
        lock (_rateLimitGate)
        {
            _rateLimits = [.. _rateLimits, limit];
        }
    }

    public void ClearRateLimits()
    {
        lock (_rateLimitGate)
        {
            _rateLimits = [];
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var aborted = context.RequestAborted;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(aborted).ConfigureAwait(false);
        }

        var path = request.Path.Value ?? "";
        var query = request.QueryString.Value ?? "";
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, path, query, headers, body) { ReceivedAt = _timeProvider.GetUtcNow() };
        Journal.Add(recorded);
        try
        {
            recorded = await AnswerAsync(context, recorded).ConfigureAwait(false);
        }
        finally
        {
            Journal.NoteStatus(recorded, aborted.IsCancellationRequested ? null : context.Response.StatusCode);
        }
    }

    // Answers a journaled request; returns it as the journal holds it afterwards.
    private async Task<RecordedRequest> AnswerAsync(HttpContext context, RecordedRequest recorded)
    {
        var aborted = context.RequestAborted;
        var path = recorded.Path;
        if (Latency > TimeSpan.Zero)
        {
            await Task.Delay(Latency, _timeProvider, aborted).ConfigureAwait(false);
        }

        var fault = Faults.Take(path);
        if (fault is { AfterApplying: false })
        {
            await AnswerWithFaultAsync(context, fault, realAnswer: null).ConfigureAwait(false);
            return recorded;
        }

        var answer = Serve(recorded.Method, path, recorded.Query, recorded.Header("Authorization"), recorded.Body, out var retryAfter);
        recorded = Journal.NoteUnusedKeys(recorded, answer.UnusedKeys);
        if (fault is not null)
        {
            await AnswerWithFaultAsync(context, fault, answer).ConfigureAwait(false);
            return recorded;
        }

        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = WholeSeconds(wait);
        }

        await WriteAsync(context, answer.StatusCode, answer.ContentType, answer.Body).ConfigureAwait(false);
        return recorded;
    }

    private EmulatorAnswer Serve(string method, string path, string query, string? authorization, string body, out TimeSpan? retryAfter)
    {
        retryAfter = null;

        // Descope publishes the keys that verify its session tokens to anyone, outside the management API's limits.
        if (PublicKeysRoute.Serves(path))
        {
            return _keys.Handle(method, path);
        }

        if (!string.Equals(authorization, _expectedAuthorization, StringComparison.Ordinal))
        {
            return EmulatorAnswer.ForError(EmulatedErrors.Unauthorized(path));
        }

        var now = _timeProvider.GetUtcNow();
        lock (_rateLimitGate)
        {
            // Every limit must admit the request before any counts it, so a refusal uses up nothing.
            var limits = RateLimits;
            foreach (var limit in limits)
            {
                if (limit.Check(path, now) is { } wait)
                {
                    retryAfter = wait;
                    return EmulatorAnswer.Error(429, EmulatedErrors.RateLimitCode, "Rate limit exceeded", $"The {limit.Name} limit of {limit.PermitLimit} requests per {limit.Window.TotalSeconds:0} s was reached.");
                }
            }

            foreach (var limit in limits)
            {
                limit.Count(path, now);
            }
        }

        return _api.Handle(method, path, query, body);
    }

    private async Task AnswerWithFaultAsync(HttpContext context, EmulatorFault fault, EmulatorAnswer? realAnswer)
    {
        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, _timeProvider, context.RequestAborted).ConfigureAwait(false);
        }

        if (fault.DropConnection)
        {
            context.Abort();
            return;
        }

        var response = context.Response;
        foreach (var header in fault.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[header.Key] = header.Value;
        }

        if (fault.RetryAfter is { } seconds)
        {
            response.Headers.RetryAfter = WholeSeconds(seconds);
        }

        if (fault.RetryAfterDate is { } date)
        {
            response.Headers.Date = _timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
            response.Headers.RetryAfter = date.ToString("R", CultureInfo.InvariantCulture);
        }

        // After applying, an unset status and body mean the real answer's; otherwise the fault's own (503 by default).
        var statusCode = fault.StatusCode ?? realAnswer?.StatusCode ?? EmulatorFault.DefaultStatusCode;
        var body = fault.Body is not null ? Encoding.UTF8.GetBytes(fault.Body)
            : realAnswer is not null && (fault.StatusCode is null || fault.BodyShape != FaultBodyShape.Whole) ? realAnswer.Body
            : DefaultErrorBody(statusCode);
        var contentType = fault.ContentType;
        switch (fault.BodyShape)
        {
            case FaultBodyShape.Truncated:
                body = body[..(body.Length / 2)];
                break;
            case FaultBodyShape.NotJson:
                body = Encoding.UTF8.GetBytes($"<html><head><title>{statusCode} {ReasonPhrases.GetReasonPhrase(statusCode)}</title></head><body><h1>{statusCode}</h1></body></html>");
                contentType = "text/html";
                break;
            case FaultBodyShape.Empty:
                body = [];
                break;
            case FaultBodyShape.Stalled:
                await WriteHalfAsync(context, statusCode, contentType, body).ConfigureAwait(false);
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, which is what a stalled answer is for.
                }

                return;
            case FaultBodyShape.Interrupted:
                await WriteHalfAsync(context, statusCode, contentType, body).ConfigureAwait(false);

                // Ending with fewer bytes than Content-Length makes Kestrel close the connection after what was
                // flushed, so the client sees the headers and half a body, then a broken connection.
                return;
        }

        await WriteAsync(context, statusCode, contentType, body).ConfigureAwait(false);
    }

    private static byte[] DefaultErrorBody(int statusCode)
    {
        var (code, description) = statusCode switch
        {
            429 => (EmulatedErrors.RateLimitCode, "Rate limit exceeded"),
            400 => (EmulatedErrors.BadRequestCode, "Bad request"),
            401 => (EmulatedErrors.InvalidArgumentsCode, "Unauthorized"),
            404 => (EmulatedErrors.UserNotFoundCode, "User not found"),
            _ => ("E000" + statusCode.ToString(CultureInfo.InvariantCulture), ReasonPhrases.GetReasonPhrase(statusCode)),
        };
        return EmulatorAnswer.Error(statusCode, code, description, "Injected by the emulator.").Body;
    }

    private static string WholeSeconds(TimeSpan wait) =>
        ((long)Math.Ceiling(Math.Max(0, wait.TotalSeconds))).ToString(CultureInfo.InvariantCulture);

    // Headers that promise the whole body, then only its first half, flushed so the client sees it at once.
    private static async Task WriteHalfAsync(HttpContext context, int statusCode, string contentType, byte[] body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, string contentType, byte[] body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }
}
