using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement.Internal;

/// <summary>The inputs of one chunk that failed, by position in the chunk.</summary>
/// <param name="Offset">The input's position in its chunk.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="Exception">The error that failed the whole request, if it did.</param>
internal readonly record struct ChunkFailure(int Offset, string Reason, Exception? Exception);

/// <summary>
/// Runs a streamed bulk operation: reads the caller's sequence one chunk at a time (only that chunk in memory), sends
/// each chunk, accounts for every input exactly once and reports progress. Any batch operation fits it by saying how
/// one chunk is sent and which of its inputs failed.
/// </summary>
internal static class BulkRunner
{
    public static async Task<BulkResult<TInput>> RunAsync<TInput>(
        IAsyncEnumerable<TInput> inputs,
        BulkOptions options,
        Func<IReadOnlyList<TInput>, CancellationToken, Task<IReadOnlyList<ChunkFailure>>> sendChunk,
        CancellationToken cancellationToken)
    {
        var clock = options.TimeProvider ?? TimeProvider.System;
        var started = clock.GetTimestamp();
        var size = options.ChunkSize;
        var failed = new List<BulkFailure<TInput>>();
        var inFlight = Array.Empty<TInput>();
        long succeeded = 0;
        long next = 0;
        var canceled = false;
        var enumerator = inputs.GetAsyncEnumerator(cancellationToken);
        try
        {
            var chunk = new List<TInput>(size);
            var more = true;
            while (more)
            {
                chunk.Clear();
                while (chunk.Count < size && (more = await enumerator.MoveNextAsync().ConfigureAwait(false)))
                {
                    chunk.Add(enumerator.Current);
                }

                if (chunk.Count == 0)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var sent = chunk.ToArray();
                inFlight = sent;
                var failures = await SendAsync(sendChunk, sent, cancellationToken).ConfigureAwait(false);
                inFlight = Array.Empty<TInput>();
                foreach (var failure in failures)
                {
                    failed.Add(new BulkFailure<TInput>(next + failure.Offset, sent[failure.Offset], failure.Reason, failure.Exception));
                }

                succeeded += sent.Length - failures.Count;
                next += sent.Length;
                options.Progress?.Report(Progress(succeeded, failed.Count, options.ExpectedCount, clock.GetElapsedTime(started)));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            canceled = true;
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        return new BulkResult<TInput>(succeeded, failed, inFlight, next, next + inFlight.Length, canceled);
    }

    // A chunk that fails as a whole (an error the batch call did not turn into per-input failures) fails its inputs,
    // never the operation: only the caller's cancellation ends it early.
    private static async Task<IReadOnlyList<ChunkFailure>> SendAsync<TInput>(
        Func<IReadOnlyList<TInput>, CancellationToken, Task<IReadOnlyList<ChunkFailure>>> sendChunk, TInput[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await sendChunk(chunk, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // every input must be accounted for: an unexpected error fails the chunk's inputs
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            var all = new ChunkFailure[chunk.Length];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = new ChunkFailure(i, error.Message, error);
            }

            return all;
        }
    }

    private static BulkProgress Progress(long succeeded, long failed, long? expected, TimeSpan elapsed)
    {
        var handled = succeeded + failed;
        var perSecond = elapsed > TimeSpan.Zero ? handled / elapsed.TotalSeconds : 0;
        long? remaining = expected is { } total ? Math.Max(0, total - handled) : null;
        TimeSpan? left = remaining is { } rest && perSecond > 0 ? TimeSpan.FromSeconds(rest / perSecond) : null;
        return new BulkProgress(succeeded, failed, remaining, elapsed, perSecond, left);
    }
}
