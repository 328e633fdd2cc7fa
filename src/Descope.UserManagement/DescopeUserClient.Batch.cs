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
        var collector = new BatchCollector<BatchPatchFailure>(static (loginId, failure, user, error) => new BatchPatchFailure(loginId, failure) { User = user, Exception = error });
        for (var start = 0; start < patches.Length; start += _batchSize)
        {
            IReadOnlyList<BatchUserPatch> chunk = new ArraySegment<BatchUserPatch>(patches, start, Math.Min(_batchSize, patches.Length - start));
            var loginIds = new string[chunk.Count];
            for (var i = 0; i < loginIds.Length; i++)
            {
                loginIds[i] = chunk[i].LoginId;
            }

            try
            {
                var answer = await _sender.SendAsync(DescopeOperations.PatchBatch, new BatchPatchRequest(chunk), cancellationToken).ConfigureAwait(false);
                collector.AddAnswer(loginIds, answer.PatchedUsers, answer.FailedUsers, answer.AdditionalErrors);
            }
            catch (Exception error) when (IsRequestFailure(error, cancellationToken))
            {
                // One failed request must not hide the results of the others: its users are reported failed.
                collector.AddFailedRequest(loginIds, error);
            }
        }

        return new BatchPatchResult(collector.Done, collector.Failed, collector.AdditionalErrors);
    }

    /// <inheritdoc />
    public virtual Task<BatchCreateResult> CreateBatchAsync(IEnumerable<BatchUserCreate> users, CancellationToken cancellationToken = default) =>
        SendCreateBatchAsync(DescopeOperations.CreateBatch, BatchArgument.Creates(users, nameof(users)), invitation: null, cancellationToken);

    /// <inheritdoc />
    public virtual Task<BatchCreateResult> InviteBatchAsync(IEnumerable<BatchUserCreate> users, InviteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var creates = BatchArgument.Creates(users, nameof(users));
        var invitation = Argument.Invitation(options, nameof(options)) ?? new InviteOptions();
        return SendCreateBatchAsync(DescopeOperations.InviteBatch, creates, invitation, cancellationToken);
    }

    // BatchSize users per request, one request after another. A request that fails as a whole fails its users (with a
    // DescopeOutcomeUnknownException when they may have been created) and the next is still sent.
    private async Task<BatchCreateResult> SendCreateBatchAsync(
        DescopeOperation<BatchCreateRequest, BatchCreateResponse> row, BatchUserCreate[] creates, InviteOptions? invitation, CancellationToken cancellationToken)
    {
        var collector = new BatchCollector<BatchCreateFailure>(static (loginId, failure, user, error) => new BatchCreateFailure(loginId, failure) { User = user, Exception = error });
        for (var start = 0; start < creates.Length; start += _batchSize)
        {
            IReadOnlyList<BatchUserCreate> chunk = new ArraySegment<BatchUserCreate>(creates, start, Math.Min(_batchSize, creates.Length - start));
            var loginIds = new string[chunk.Count];
            for (var i = 0; i < loginIds.Length; i++)
            {
                loginIds[i] = chunk[i].LoginId;
            }

            var request = new BatchCreateRequest(chunk, invitation);
            try
            {
                var answer = await _sender.SendAsync(row, request, cancellationToken).ConfigureAwait(false);
                collector.AddAnswer(loginIds, answer.CreatedUsers, answer.FailedUsers, answer.AdditionalErrors, request.Secrets);
            }
            catch (Exception error) when (IsRequestFailure(error, cancellationToken))
            {
                collector.AddFailedRequest(loginIds, error);
            }
        }

        return new BatchCreateResult(collector.Done, collector.Failed, collector.AdditionalErrors);
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
