using System;
using System.Net.Http;
using Descope.UserManagement.Operations;

namespace Descope.UserManagement.Http;

/// <summary>
/// What the client tells the handlers below it about a request: which operation it is (and so whether it may be
/// repeated), the API base URL it belongs to, and the body bytes to send again on a retry. It travels on a
/// <see cref="DescopeRequestMessage"/>; requests without one are passed through untouched.
/// </summary>
internal sealed class DescopeRequestContext
{
    public DescopeRequestContext(DescopeOperation operation, string baseUrl, byte[]? body = null)
    {
        Operation = operation;
        BaseUrl = baseUrl;
        Body = body;
    }

    public DescopeOperation Operation { get; }

    /// <summary>The API base URL without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The JSON body the request carries, kept so each retry sends the same bytes without reading them back.</summary>
    public byte[]? Body { get; }

    /// <summary>Attempts made so far (set by the resilience handler; 1 when there is none).</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>The status code of the last answer, if one came.</summary>
    public int? StatusCode { get; set; }

    /// <summary>
    /// Set by the resilience handler when the call failed while no copy of the request could have reached Descope
    /// (every attempt was refused with a 429 or never connected, and the time ran out waiting for the next one).
    /// Without the handler it stays <see langword="false"/>: a failure is then taken to have possibly reached Descope.
    /// </summary>
    public bool CertainlyNotSent { get; set; }

    /// <summary>Texts the body carries that no exception or log line may show (passwords, seeds, hashes); <see langword="null"/> for none.</summary>
    public System.Collections.Generic.IReadOnlyList<string>? Secrets { get; set; }

    /// <summary>A request for this operation, carrying this context to the handlers.</summary>
    public HttpRequestMessage CreateRequest(Uri uri) => new DescopeRequestMessage(this, Operation.Method, uri);

    public static DescopeRequestContext? Of(HttpRequestMessage request) => (request as DescopeRequestMessage)?.Context;

    /// <summary>
    /// A request that knows its <see cref="DescopeRequestContext"/>: a field instead of an entry in
    /// <see cref="HttpRequestMessage"/>'s option bag, which would cost a dictionary per call.
    /// </summary>
    private sealed class DescopeRequestMessage(DescopeRequestContext context, HttpMethod method, Uri uri) : HttpRequestMessage(method, uri)
    {
        public DescopeRequestContext Context { get; } = context;
    }
}
