namespace Descope.UserManagement.Testing;

/// <summary>
/// A scripted answer for the next matching requests, in place of (or after) the emulator's own handling: a status
/// code, headers such as <c>Retry-After</c>, a delay, a spoiled body or a dropped connection. Inject it with
/// <see cref="FaultInjector.Inject"/>.
/// </summary>
public sealed record EmulatorFault
{
    /// <summary>The status code used when <see cref="StatusCode"/> is not set and there is no real answer to reuse.</summary>
    public const int DefaultStatusCode = 503;

    /// <summary>
    /// The status code to answer with. When <see langword="null"/>: the real answer's status for an
    /// <see cref="AfterApplying"/> fault, else <see cref="DefaultStatusCode"/> (503).
    /// </summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// The body to send. When <see langword="null"/>: the real answer's body for an <see cref="AfterApplying"/> fault
    /// without its own status, else a Descope error body that fits the status (for 404, Descope's user-not-found body).
    /// </summary>
    public string? Body { get; init; }

    /// <summary>The body's content type. Default <c>application/json</c>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>A <c>Retry-After</c> header in whole seconds.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A <c>Retry-After</c> header as an HTTP date (sent with a matching <c>Date</c> header of now).</summary>
    public DateTimeOffset? RetryAfterDate { get; init; }

    /// <summary>How long to wait before answering (measured on the emulator's <see cref="TimeProvider"/>).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>How the body is spoiled, if at all.</summary>
    public FaultBodyShape BodyShape { get; init; }

    /// <summary>Close the connection without an answer.</summary>
    public bool DropConnection { get; init; }

    /// <summary>
    /// Carry the request out first (the store changes), then answer with this fault instead of the real answer:
    /// a lost response to a request that did reach the server. With <see cref="BodyShape"/> set and no
    /// <see cref="Body"/>, the real answer is the one spoiled.
    /// </summary>
    public bool AfterApplying { get; init; }

    /// <summary>
    /// Apply only to requests for this path, e.g. <c>/v1/mgmt/user/update/loginid</c>. When <see langword="null"/>, the
    /// fault applies to any path except the license handshake (<c>/v1/mgmt/license</c>), which a client makes on its
    /// own before its first call, and the public key set (<c>/v2/keys/&lt;projectId&gt;</c>), which an app that
    /// validates session tokens fetches on its own; name either path to fault it.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>A fault answering <paramref name="statusCode"/> with a Descope error body.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Status(int statusCode) => new() { StatusCode = statusCode };

    /// <summary>A canned answer: <paramref name="statusCode"/> with exactly <paramref name="body"/>.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="body">The body to send.</param>
    /// <param name="contentType">The body's content type.</param>
    /// <returns>The fault.</returns>
    public static EmulatorFault Respond(int statusCode, string body, string contentType = "application/json") =>
        new() { StatusCode = statusCode, Body = body, ContentType = contentType };

    /// <summary>A fault that closes the connection without answering.</summary>
    /// <returns>The fault.</returns>
    public static EmulatorFault Drop() => new() { DropConnection = true };

    /// <summary>The path of the license handshake.</summary>
    public const string LicensePath = "/v1/mgmt/license";

    internal bool Matches(string path) =>
        Path is null
            ? !path.EndsWith(LicensePath, StringComparison.Ordinal) && !Hosting.PublicKeysRoute.Serves(path)
            : string.Equals(Path, path, StringComparison.Ordinal);
}
