using System.Diagnostics;
using System.Diagnostics.Metrics;
using Descope.UserManagement.Http;

namespace Descope.UserManagement.Diagnostics;

/// <summary>
/// The SDK's traces and metrics, with no dependency beyond System.Diagnostics. Subscribe with OpenTelemetry's
/// <c>AddSource("Descope.UserManagement")</c> and <c>AddMeter("Descope.UserManagement")</c>.
/// </summary>
public static class DescopeTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>.</summary>
    public const string Name = "Descope.UserManagement";

    /// <summary>Histogram of whole-call durations in seconds, retries and waits included; tagged with <see cref="OperationTag"/>, <see cref="StatusCodeTag"/> and <see cref="ErrorTypeTag"/>.</summary>
    public const string RequestDurationMetric = "descope.client.request.duration";

    /// <summary>Counter of retries, tagged with <see cref="OperationTag"/>.</summary>
    public const string RetryCountMetric = "descope.client.retries";

    /// <summary>Tag: the SDK operation, e.g. <c>UpdateEmail</c>.</summary>
    public const string OperationTag = "descope.operation";

    /// <summary>Tag: the final HTTP status code.</summary>
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>Tag: Descope's error code, e.g. <c>E011003</c>.</summary>
    public const string ErrorCodeTag = "descope.error_code";

    /// <summary>Tag: how many attempts the call made.</summary>
    public const string AttemptsTag = "descope.attempts";

    /// <summary>Tag: the exception type that ended a failed call.</summary>
    public const string ErrorTypeTag = "error.type";

    internal static readonly ActivitySource Source = new(Name, SdkInfo.Version);

    internal static readonly Meter Meter = new(Name, SdkInfo.Version);

    internal static readonly Histogram<double> RequestDuration =
        Meter.CreateHistogram<double>(RequestDurationMetric, unit: "s", description: "Duration of Descope user-management calls, retries included.");

    internal static readonly Counter<long> Retries =
        Meter.CreateCounter<long>(RetryCountMetric, unit: "{retry}", description: "Retries of Descope user-management requests.");
}
