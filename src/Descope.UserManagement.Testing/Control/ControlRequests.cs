namespace Descope.UserManagement.Testing.Control;

/// <summary>Turns the control API's fault and rate-limit bodies into the emulator's own objects, refusing what does not fit.</summary>
internal static class ControlRequests
{
    private static readonly Dictionary<string, FaultBodyShape> Shapes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["whole"] = FaultBodyShape.Whole,
        ["truncated"] = FaultBodyShape.Truncated,
        ["notJson"] = FaultBodyShape.NotJson,
        ["empty"] = FaultBodyShape.Empty,
        ["interrupted"] = FaultBodyShape.Interrupted,
        ["stalled"] = FaultBodyShape.Stalled,
    };

    private static readonly Dictionary<string, Func<EmulatorRateLimit>> Presets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["userCreate"] = DescopeRateLimits.UserCreate,
        ["userUpdateAndSearch"] = DescopeRateLimits.UserUpdateAndSearch,
        ["backendSdk"] = DescopeRateLimits.BackendSdk,
    };

    /// <summary>The fault and how many requests it answers (<see cref="int.MaxValue"/> for always).</summary>
    public static (EmulatorFault Fault, int Times) Fault(FaultSpec spec)
    {
        var problems = new List<string>();
        if (spec.StatusCode is < 100 or > 599)
        {
            problems.Add("statusCode must be between 100 and 599.");
        }

        var shape = FaultBodyShape.Whole;
        if (spec.BodyShape is { } name && !Shapes.TryGetValue(name, out shape))
        {
            problems.Add($"bodyShape '{name}' is not one of {string.Join(", ", Shapes.Keys)}.");
        }

        if (spec.Times is < 1)
        {
            problems.Add("times must be at least 1.");
        }

        if (spec.Times is not null && spec.Always == true)
        {
            problems.Add("Give times or always, not both.");
        }

        if (spec.RetryAfterSeconds is < 0 || spec.DelayMilliseconds is < 0)
        {
            problems.Add("retryAfterSeconds and delayMilliseconds must not be negative.");
        }

        if (spec.Path is { } path && !path.StartsWith('/'))
        {
            problems.Add("path must start with '/', e.g. /v1/mgmt/user/update.");
        }

        if (problems.Count > 0)
        {
            throw new ControlRequestException("The fault is not valid.", problems);
        }

        var fault = new EmulatorFault
        {
            StatusCode = spec.StatusCode,
            Body = spec.Body,
            ContentType = spec.ContentType ?? "application/json",
            Headers = spec.Headers,
            RetryAfter = spec.RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Delay = spec.DelayMilliseconds is { } delay ? TimeSpan.FromMilliseconds(delay) : TimeSpan.Zero,
            BodyShape = shape,
            DropConnection = spec.DropConnection == true,
            AfterApplying = spec.AfterApplying == true,
            Path = spec.Path,
        };
        return (fault, spec.Always == true ? int.MaxValue : spec.Times ?? 1);
    }

    public static EmulatorRateLimit RateLimit(RateLimitSpec spec)
    {
        if (spec.Preset is { } preset)
        {
            return Presets.TryGetValue(preset, out var make) && spec is { Name: null, PermitLimit: null, WindowSeconds: null, PathPrefix: null }
                ? make()
                : throw new ControlRequestException($"preset must be one of {string.Join(", ", Presets.Keys)}, with no other key.");
        }

        if (spec.PermitLimit is not > 0 || spec.WindowSeconds is not > 0)
        {
            throw new ControlRequestException("A rate limit needs a preset, or a permitLimit and windowSeconds above 0 (name and pathPrefix optional).");
        }

        var prefix = spec.PathPrefix;
        return new EmulatorRateLimit(
            spec.Name ?? "custom",
            spec.PermitLimit.Value,
            TimeSpan.FromSeconds(spec.WindowSeconds.Value),
            prefix is null ? null : path => path.StartsWith(prefix, StringComparison.Ordinal));
    }
}

/// <summary>A control request the API refuses with 400: the reason, and every problem found.</summary>
internal sealed class ControlRequestException(string message, IReadOnlyList<string>? problems = null) : Exception(message)
{
    public IReadOnlyList<string>? Problems { get; } = problems;
}
