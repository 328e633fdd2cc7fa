using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement.Operations;

/// <summary>
/// Every user operation of the SDK, one row each, declared in the partial files of this class by area. The client
/// sends from these rows, the emulator routes by them, telemetry names calls after them, and the convention tests
/// check that every public method has one. The contract each row follows is docs/wire-contract.md.
/// </summary>
internal static partial class DescopeOperations
{
    // Properties, not fields: the rows of the other partial files may initialise before this file's fields.
    private static HttpMethod Get => HttpMethod.Get;

    private static HttpMethod Post => HttpMethod.Post;

    private static HttpMethod Delete => HttpMethod.Delete;

    private static HttpMethod Patch => DescopeOperation.Patch;

    // Filled by Row as the rows of every partial file initialise; no initialiser of its own, so the order in which
    // the files' static fields run cannot reset it.
    private static List<DescopeOperation>? s_all;

    /// <summary>The license-tier handshake (docs/wire-contract.md §1.3): sent by a handler, not a user operation, so not a row.</summary>
    public static readonly DescopeOperation License = new("License", HttpMethod.Get, "/v1/mgmt/license", RetryClass.Repeatable);

    /// <summary>Every row, by <see cref="DescopeOperation.Ordinal"/>.</summary>
    public static IReadOnlyList<DescopeOperation> All => s_all!;

    private static DescopeOperation<TRequest, TResponse> Row<TRequest, TResponse>(
        string name, HttpMethod method, string path, JsonTypeInfo<TRequest>? request, JsonTypeInfo<TResponse> response, RetryClass retry = RetryClass.Repeatable,
        RateLimitBucket? bucket = null)
        where TResponse : class, IWireAnswer
    {
        // The bucket follows from the path (RateLimitBuckets.Of) unless the row names one.
        var row = new DescopeOperation<TRequest, TResponse>(name, method, path, retry, request, response, bucket);
        s_all ??= [];
        row.Ordinal = s_all.Count;
        s_all.Add(row);
        return row;
    }

    private static DescopeOperation<TRequest, UserResponse> UserRow<TRequest>(
        string name, HttpMethod method, string path, JsonTypeInfo<TRequest> request, RetryClass retry = RetryClass.Repeatable) =>
        Row(name, method, path, request, DescopeJsonContext.Default.UserResponse, retry);
}
