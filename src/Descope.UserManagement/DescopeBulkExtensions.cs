using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Descope.UserManagement.Internal;

namespace Descope.UserManagement;

/// <summary>
/// Streamed bulk operations over <see cref="IDescopeUserClient"/>: inputs are read one chunk at a time, so a million of
/// them are never all in memory, every input is accounted for exactly once, and a cancelled run says where to resume.
/// </summary>
public static class DescopeBulkExtensions
{
    /// <summary>
    /// Patches a stream of users, one <see cref="IDescopeUserClient.PatchBatchAsync"/> request per
    /// <see cref="BulkOptions.ChunkSize"/> inputs, one request at a time, paced like every call of the client.
    /// </summary>
    /// <remarks>
    /// A failed request, a rejected chunk (a duplicate login ID, say) or a partial failure fails only its inputs, each
    /// reported with its index; the run goes on. Patched users are counted, not kept. Cancelling returns (does not throw)
    /// what was done, the in-flight request's inputs and the index to resume from. An input the batch call would refuse fails alone, and
    /// a login ID repeated within one request fails the later input; repeats across requests are not detected.
    /// </remarks>
    /// <param name="client">The client.</param>
    /// <param name="users">The patches, each naming its user; read once, in order.</param>
    /// <param name="options">Chunk size, progress and the expected count; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run after the request under way; the result says what was not attempted.</param>
    /// <returns>How many users were patched, which failed and why, and where to resume after a cancellation.</returns>
    public static Task<BulkResult<BatchUserPatch>> PatchBatchAsync(
        this IDescopeUserClient client, IAsyncEnumerable<BatchUserPatch> users, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(client, nameof(client));
        return Run(users, options, nameof(users), chunk => BulkChunk.SendAsync(
            chunk,
            nameof(users),
            patch => patch?.LoginId,
            static one => BatchArgument.Patches(one, "users"),
            async (accepted, ct) =>
            {
                var result = await client.PatchBatchAsync(accepted, ct).ConfigureAwait(false);
                return Keyed(result.FailedUsers, f => new KeyedFailure(f.LoginId, f.Failure, f.Exception));
            },
            cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Creates a stream of users, one <see cref="IDescopeUserClient.CreateBatchAsync"/> request per
    /// <see cref="BulkOptions.ChunkSize"/> inputs, one request at a time, paced like every call of the client (in
    /// Descope's user-create budget).
    /// </summary>
    /// <remarks>
    /// A taken login ID, an input the batch call would refuse (no login ID, a password and a hash, …) or a failed request
    /// fails only its inputs, each reported with its index and reason; the run goes on. Batch create is once-only: a
    /// failure whose <see cref="BulkFailure{TInput}.Exception"/> is a <see cref="DescopeOutcomeUnknownException"/> belongs
    /// to a request that may have been carried out, so load those users before sending them again. Created users are
    /// counted, not kept. Cancelling returns (does not throw) what was done, the in-flight request's inputs and the index
    /// to resume from. A login ID repeated within one request fails the later input; repeats across requests are not
    /// detected (Descope refuses the second as taken).
    /// </remarks>
    /// <param name="client">The client.</param>
    /// <param name="users">The new users; read once, in order. Passwords and hashes never appear in results or logs.</param>
    /// <param name="options">Chunk size, progress and the expected count; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run after the request under way; the result says what was not attempted.</param>
    /// <returns>How many users were created, which failed and why, and where to resume after a cancellation.</returns>
    public static Task<BulkResult<BatchUserCreate>> CreateBatchAsync(
        this IDescopeUserClient client, IAsyncEnumerable<BatchUserCreate> users, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(client, nameof(client));
        return RunCreates(users, options, (accepted, ct) => client.CreateBatchAsync(accepted, ct), cancellationToken);
    }

    /// <summary>
    /// Creates and invites a stream of users, one <see cref="IDescopeUserClient.InviteBatchAsync"/> request per
    /// <see cref="BulkOptions.ChunkSize"/> inputs, with the same invitation settings for all; otherwise as
    /// <see cref="CreateBatchAsync"/>.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="users">The users to invite; read once, in order.</param>
    /// <param name="invitation">The invite link, delivery and template for every request; Descope's defaults when <see langword="null"/>.</param>
    /// <param name="options">Chunk size, progress and the expected count; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run after the request under way; the result says what was not attempted.</param>
    /// <returns>How many users were invited, which failed and why, and where to resume after a cancellation.</returns>
    public static Task<BulkResult<BatchUserCreate>> InviteBatchAsync(
        this IDescopeUserClient client, IAsyncEnumerable<BatchUserCreate> users, InviteOptions? invitation = null, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(client, nameof(client));
        var checkedInvitation = Argument.Invitation(invitation, nameof(invitation));
        return RunCreates(users, options, (accepted, ct) => client.InviteBatchAsync(accepted, checkedInvitation, ct), cancellationToken);
    }

    /// <summary>
    /// Deletes a stream of users by Descope user ID, one <see cref="IDescopeUserClient.DeleteBatchAsync"/> request per
    /// <see cref="BulkOptions.ChunkSize"/> IDs, one request at a time, paced like every call of the client.
    /// </summary>
    /// <remarks>
    /// Descope answers a batch delete as a whole, so a failed request fails each of its IDs (with the request's error);
    /// a blank ID fails alone and is not sent. Cancelling returns (does not throw) what was done, the in-flight IDs and
    /// the index to resume from; deleting again is harmless.
    /// </remarks>
    /// <param name="client">The client.</param>
    /// <param name="userIds">Descope user IDs (not login IDs); read once, in order.</param>
    /// <param name="options">Chunk size, progress and the expected count; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run after the request under way; the result says what was not attempted.</param>
    /// <returns>How many IDs were deleted, which failed and why, and where to resume after a cancellation.</returns>
    public static Task<BulkResult<string>> DeleteBatchAsync(
        this IDescopeUserClient client, IAsyncEnumerable<string> userIds, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        Argument.NotNull(client, nameof(client));
        return Run(userIds, options, nameof(userIds), chunk => BulkChunk.SendAsync(
            chunk,
            nameof(userIds),
            id => id,
            static one => Argument.Names(one, "userIds", "user ID"),
            async (accepted, ct) =>
            {
                await client.DeleteBatchAsync(accepted, ct).ConfigureAwait(false);
                return Array.Empty<KeyedFailure>();
            },
            cancellationToken), cancellationToken);
    }

    private static Task<BulkResult<BatchUserCreate>> RunCreates(
        IAsyncEnumerable<BatchUserCreate> users,
        BulkOptions? options,
        Func<IReadOnlyList<BatchUserCreate>, CancellationToken, Task<BatchCreateResult>> send,
        CancellationToken cancellationToken) =>
        Run(users, options, nameof(users), chunk => BulkChunk.SendAsync(
            chunk,
            nameof(users),
            create => create?.LoginId,
            static one => BatchArgument.Creates(one, "users"),
            async (accepted, ct) =>
            {
                var result = await send(accepted, ct).ConfigureAwait(false);
                return Keyed(result.FailedUsers, f => new KeyedFailure(f.LoginId, f.Failure, f.Exception));
            },
            cancellationToken), cancellationToken);

    // The checks every streamed operation makes before reading its first input.
    private static Task<BulkResult<TInput>> Run<TInput>(
        IAsyncEnumerable<TInput> inputs,
        BulkOptions? options,
        string inputsName,
        Func<IReadOnlyList<TInput>, Task<IReadOnlyList<ChunkFailure>>> sendChunk,
        CancellationToken cancellationToken)
    {
        Argument.NotNull(inputs, inputsName);
        options ??= new BulkOptions();
        if (options.ChunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ChunkSize, "BulkOptions.ChunkSize must be at least 1.");
        }

        return BulkRunner.RunAsync(inputs, options, (chunk, _) => sendChunk(chunk), cancellationToken);
    }

    private static KeyedFailure[] Keyed<TFailure>(IReadOnlyList<TFailure> failures, Func<TFailure, KeyedFailure> map)
    {
        if (failures.Count == 0)
        {
            return Array.Empty<KeyedFailure>();
        }

        var keyed = new KeyedFailure[failures.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = map(failures[i]);
        }

        return keyed;
    }
}
