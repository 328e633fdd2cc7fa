using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descope.UserManagement.Testing.Control;

/// <summary>One journal entry as the control API shows it: the request without its Authorization header.</summary>
internal sealed class JournalEntry
{
    [JsonPropertyName("method")] public string Method { get; set; } = "";
    [JsonPropertyName("path")] public string Path { get; set; } = "";
    [JsonPropertyName("query")] public string Query { get; set; } = "";
    [JsonPropertyName("headers")] public Dictionary<string, string> Headers { get; set; } = [];
    [JsonPropertyName("body")] public string Body { get; set; } = "";
    [JsonPropertyName("unusedKeys")] public IReadOnlyList<string> UnusedKeys { get; set; } = [];
    [JsonPropertyName("receivedAt")] public DateTimeOffset ReceivedAt { get; set; }
    [JsonPropertyName("statusCode")] public int? StatusCode { get; set; }
}

/// <summary>The answer of <c>GET /emulator/journal</c>.</summary>
internal sealed class JournalAnswer
{
    [JsonPropertyName("requests")] public List<JournalEntry> Requests { get; set; } = [];
}

/// <summary>A refused control request: what was wrong, and for a seed every problem found.</summary>
internal sealed class ControlError
{
    [JsonPropertyName("error")] public string Error { get; set; } = "";
    [JsonPropertyName("problems")] public IReadOnlyList<string>? Problems { get; set; }
}

/// <summary>
/// The body of <c>POST /emulator/faults</c>: an <see cref="EmulatorFault"/> and how many requests it answers
/// (<c>times</c>, default 1, or <c>always</c>). Keys it does not know are refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class FaultSpec
{
    [JsonPropertyName("statusCode")] public int? StatusCode { get; set; }
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("headers")] public Dictionary<string, string>? Headers { get; set; }
    [JsonPropertyName("retryAfterSeconds")] public double? RetryAfterSeconds { get; set; }
    [JsonPropertyName("delayMilliseconds")] public double? DelayMilliseconds { get; set; }
    [JsonPropertyName("bodyShape")] public string? BodyShape { get; set; }
    [JsonPropertyName("dropConnection")] public bool? DropConnection { get; set; }
    [JsonPropertyName("afterApplying")] public bool? AfterApplying { get; set; }
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("times")] public int? Times { get; set; }
    [JsonPropertyName("always")] public bool? Always { get; set; }
}

/// <summary>
/// The body of <c>POST /emulator/rate-limits</c>: a Descope preset (<c>userCreate</c>, <c>userUpdateAndSearch</c>,
/// <c>backendSdk</c>) or a limit of its own. Keys it does not know are refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class RateLimitSpec
{
    [JsonPropertyName("preset")] public string? Preset { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("permitLimit")] public int? PermitLimit { get; set; }
    [JsonPropertyName("windowSeconds")] public double? WindowSeconds { get; set; }
    [JsonPropertyName("pathPrefix")] public string? PathPrefix { get; set; }
}

/// <summary>
/// The control API's JSON, generated at compile time; nulls are left out, and quotes in messages stay readable
/// (<see cref="Readable"/>), since people read these answers.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JournalAnswer))]
[JsonSerializable(typeof(ControlError))]
[JsonSerializable(typeof(FaultSpec))]
[JsonSerializable(typeof(RateLimitSpec))]
[JsonSerializable(typeof(InvitationsAnswer))]
[JsonSerializable(typeof(SecretsAnswer))]
[JsonSerializable(typeof(LogoutsAnswer))]
[JsonSerializable(typeof(PasswordAnswer))]
[JsonSerializable(typeof(RecoveryAnswer))]
internal sealed partial class ControlJsonContext : JsonSerializerContext
{
    public static ControlJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
