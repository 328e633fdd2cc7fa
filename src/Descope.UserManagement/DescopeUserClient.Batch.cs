using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;
using Descope.UserManagement.Operations;
using Descope.UserManagement.Serialization;

namespace Descope.UserManagement;

// Batches: every input comes back done or failed; a failed request fails only its own users.
public partial class DescopeUserClient
{
    /// <inheritdoc />
    public virtual async Task<BatchPatchResult> PatchBatchAsync(IEnumerable<BatchUserPatch> users, CancellationToken cancellationToken = default)
    {
        var patches = BatchArgument.Patches(users, nameof(users));
        var collector = new BatchPatchCollector();
        for (var start = 0; start < patches.Length; start += _batchSize)
        {
            IReadOnlyList<BatchUserPatch> chunk = new ArraySegment<BatchUserPatch>(patches, start, Math.Min(_batchSize, patches.Length - start));
            try
            {
                var answer = await _sender.SendAsync(DescopeOperations.PatchBatch, new BatchPatchRequest(chunk), cancellationToken).ConfigureAwait(false);
                collector.AddAnswer(chunk, answer);
            }
            catch (Exception error) when (IsRequestFailure(error, cancellationToken))
            {
                // One failed request must not hide the results of the others: its users are reported failed.
                collector.AddFailedRequest(chunk, error);
            }
        }

        return collector.ToResult();
    }

    // What a batch reports per request instead of throwing: server errors, timeouts and transport failures, but never
    // the caller's own cancellation.
    private static bool IsRequestFailure(Exception error, CancellationToken cancellationToken) => error switch
    {
        DescopeApiException or HttpRequestException or System.IO.IOException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
