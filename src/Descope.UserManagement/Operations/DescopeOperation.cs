using System.Net.Http;

namespace Descope.UserManagement.Operations;

/// <summary>
/// One Descope endpoint: the SDK's name for it, the HTTP method, the path and how safe it is to send twice.
/// The user operations are the rows of <see cref="DescopeOperations"/>; the typed form,
/// <see cref="DescopeOperation{TRequest, TResponse}"/>, also carries the JSON types of its body and answer.
/// </summary>
internal class DescopeOperation
{
    internal static readonly HttpMethod Patch = new("PATCH");

    public DescopeOperation(string name, HttpMethod method, string path, RetryClass retry, RateLimitBucket? bucket = null)
    {
        Bucket = bucket ?? RateLimitBuckets.Of(path);
        Name = name;
        Method = method;
        Path = path;
        Retry = retry;
        ActivityName = "Descope " + name;
    }

    /// <summary>The SDK's name for the operation, as used in exceptions, logs, spans and metrics.</summary>
    public string Name { get; }

    public HttpMethod Method { get; }

    /// <summary>The path below the API base URL, without a query.</summary>
    public string Path { get; }

    /// <summary>Which failures may be answered by sending the request again (docs/wire-contract.md §4).</summary>
    public RetryClass Retry { get; }

    /// <summary>Which of Descope's rate-limit budgets the operation draws on, and so which client-side limiter paces it.</summary>
    public RateLimitBucket Bucket { get; }

    /// <summary>Whether a request that may have reached the server can be sent again.</summary>
    public bool IsRepeatable => Retry == RetryClass.Repeatable;

    /// <summary>The operation's place in <see cref="DescopeOperations.All"/>, for tables indexed by operation; -1 for the license handshake.</summary>
    public int Ordinal { get; internal set; } = -1;

    /// <summary>The name of the operation's trace span.</summary>
    public string ActivityName { get; }

    public override string ToString() => $"{Name}: {Method} {Path} ({Bucket})";
}
