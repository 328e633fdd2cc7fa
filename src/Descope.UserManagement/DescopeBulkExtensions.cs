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
    /// what was done, the in-flight request's inputs and the index to resume from. Login IDs must be distinct within a
    /// chunk; repeats across chunks are not detected.
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
        Argument.NotNull(users, nameof(users));
        options ??= new BulkOptions();
        if (options.ChunkSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ChunkSize, "BulkOptions.ChunkSize must be at least 1.");
        }

        return BulkRunner.RunAsync(users, options, (chunk, ct) => PatchChunkAsync(client, chunk, ct), cancellationToken);
    }

    private static async Task<IReadOnlyList<ChunkFailure>> PatchChunkAsync(IDescopeUserClient client, IReadOnlyList<BatchUserPatch> chunk, CancellationToken cancellationToken)
    {
        var result = await client.PatchBatchAsync(chunk, cancellationToken).ConfigureAwait(false);
        if (result.FailedUsers.Count == 0)
        {
            return Array.Empty<ChunkFailure>();
        }

        // The batch call reports each failure with the login ID as sent; map it back to the input's place.
        var offsets = new Dictionary<string, int>(chunk.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < chunk.Count; i++)
        {
            offsets[chunk[i].LoginId] = i;
        }

        var failures = new List<ChunkFailure>(result.FailedUsers.Count);
        foreach (var failure in result.FailedUsers)
        {
            if (offsets.TryGetValue(failure.LoginId, out var offset))
            {
                offsets.Remove(failure.LoginId);
                failures.Add(new ChunkFailure(offset, failure.Failure, failure.Exception));
            }
        }

        failures.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return failures;
    }
}
