namespace Descope.UserManagement.Testing;

/// <summary>One request as the emulator received it.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path, e.g. <c>/v1/mgmt/user/update/email</c>.</param>
/// <param name="Query">The query string with its leading <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers (names compared without regard to case).</param>
/// <param name="Body">The request body as text.</param>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>
    /// The keys the emulator did not use: body keys no operation read (a nested one as a path, e.g.
    /// <c>userTenants[0].foo</c>) and query parameters (as <c>?name</c>). An alias Descope accepts counts as its documented
    /// key, so it is listed only when the documented key was sent too (which then wins). Empty when the request reached
    /// no operation (a fault, a wrong key, a rate limit, a path the emulator lacks). Assert it empty to know that
    /// nothing a client sent was silently ignored.
    /// </summary>
    public IReadOnlyList<string> UnusedKeys { get; init; } = [];

    /// <summary>When the request arrived, on the emulator's clock (<see cref="DescopeEmulatorOptions.TimeProvider"/>).</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// The HTTP status the emulator answered (429 for a request a rate limit refused), once the answer is written;
    /// <see langword="null"/> while it is being answered, or when the connection was dropped or abandoned first.
    /// </summary>
    public int? StatusCode { get; init; }

    /// <summary>The value of a header, or <see langword="null"/> when it was not sent.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The header's value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Describes the request without its headers, which carry the management key.</summary>
    /// <returns>The method, path and query.</returns>
    public override string ToString() => $"{Method} {Path}{Query}";
}
