using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement.Internal;

/// <summary>A failure the batch call reported for one of its inputs, by the key the input was sent with.</summary>
/// <param name="Key">The input's login ID (or user ID) as sent.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="Exception">The error that failed the whole request, if it did.</param>
internal readonly record struct KeyedFailure(string Key, string Reason, Exception? Exception);

/// <summary>
/// Sends one chunk of a streamed bulk operation through a batch call. Unlike the batch call, where one bad input fails
/// the whole call before anything is sent, a chunk fails only its bad inputs: each input is checked alone, a key seen
/// earlier in the chunk fails the later input (results are matched to inputs by key), and the rest go out in one
/// request. The batch call's per-input failures are mapped back to the inputs' places in the chunk.
/// </summary>
internal static class BulkChunk
{
    public static async Task<IReadOnlyList<ChunkFailure>> SendAsync<TInput>(
        IReadOnlyList<TInput> chunk,
        string inputsName,
        Func<TInput, string?> keyOf,
        Action<TInput[]> check,
        Func<IReadOnlyList<TInput>, CancellationToken, Task<IReadOnlyList<KeyedFailure>>> send,
        CancellationToken cancellationToken)
    {
        var failures = new List<ChunkFailure>();
        var offsets = new Dictionary<string, int>(chunk.Count, StringComparer.OrdinalIgnoreCase);
        var accepted = new List<TInput>(chunk.Count);
        for (var i = 0; i < chunk.Count; i++)
        {
            if (Problem(chunk[i], check) is { } problem)
            {
                failures.Add(new ChunkFailure(i, problem.Message, problem));
                continue;
            }

            var key = keyOf(chunk[i])!;
            if (offsets.ContainsKey(key))
            {
                var repeat = new ArgumentException("The input repeats the key of an earlier input in the same request; send it again in a later run.", inputsName);
                failures.Add(new ChunkFailure(i, repeat.Message, repeat));
                continue;
            }

            offsets[key] = i;
            accepted.Add(chunk[i]);
        }

        if (accepted.Count > 0)
        {
            foreach (var failure in await send(accepted, cancellationToken).ConfigureAwait(false))
            {
                if (offsets.TryGetValue(failure.Key, out var offset))
                {
                    offsets.Remove(failure.Key);
                    failures.Add(new ChunkFailure(offset, failure.Reason, failure.Exception));
                }
            }
        }

        failures.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return failures;
    }

    // The batch call's own checks, on the input alone; its message speaks of "the batch item at index 0", which the
    // bulk result replaces with the input's own index.
    private static ArgumentException? Problem<TInput>(TInput input, Action<TInput[]> check)
    {
        try
        {
            check([input]);
            return null;
        }
        catch (ArgumentException error)
        {
            // The message read back ends with " (Parameter 'users')", which the new exception adds again.
            var text = error.ParamName is null ? error.Message : error.Message.Replace($" (Parameter '{error.ParamName}')", string.Empty);
            return new ArgumentException(
                text.Replace("The batch item at index 0", "The input").Replace("at index 0 ", string.Empty),
                error.ParamName);
        }
    }
}
