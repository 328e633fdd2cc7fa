using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

/// <summary>An operation row with the source-generated JSON types of its request body and its answer.</summary>
/// <typeparam name="TRequest">The body sent; <see cref="NoBody"/> for a call whose input is its query string.</typeparam>
/// <typeparam name="TResponse">The answer read on success.</typeparam>
internal sealed class DescopeOperation<TRequest, TResponse> : DescopeOperation
    where TResponse : class, IWireAnswer
{
    public DescopeOperation(string name, HttpMethod method, string path, RetryClass retry, JsonTypeInfo<TRequest>? request, JsonTypeInfo<TResponse> response, RateLimitBucket? bucket = null)
        : base(name, method, path, retry, bucket)
    {
        Request = request;
        Response = response;
    }

    /// <summary>How the body is written; <see langword="null"/> when the request has none.</summary>
    public JsonTypeInfo<TRequest>? Request { get; }

    /// <summary>How the answer is read.</summary>
    public JsonTypeInfo<TResponse> Response { get; }
}

/// <summary>The request type of an operation without a body: its input travels in the query string.</summary>
internal sealed class NoBody
{
    private NoBody()
    {
    }
}
