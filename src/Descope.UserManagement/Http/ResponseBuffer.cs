using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement.Http;

/// <summary>
/// Reads an answer's body into memory inside the attempt, so timeouts and cancellation cover the body too and the
/// client parses from memory. Bodies are capped: a success at <see cref="MaxSuccessBytes"/> (a batch of users is far
/// smaller), an error at <see cref="MaxErrorBytes"/> (only its start is ever shown).
/// </summary>
internal static class ResponseBuffer
{
    public const int MaxSuccessBytes = 32 * 1024 * 1024;
    public const int MaxErrorBytes = 16 * 1024;

    // The first array for a body of unknown length; it grows by doubling.
    private const int FirstChunk = 4 * 1024;

    public static async Task LoadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null or BufferedContent)
        {
            return;
        }

        var success = response.IsSuccessStatusCode;
        var limit = success ? MaxSuccessBytes : MaxErrorBytes;
        var announced = response.Content.Headers.ContentLength;
        if (success && announced > limit)
        {
            throw new HttpRequestException($"The response body of {announced} bytes is larger than the {limit} bytes the client accepts.");
        }

        BufferedContent body;

        // Disposing the response ends a read the stream itself cannot cancel.
        using (cancellationToken.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
        {
#if NET8_0_OR_GREATER
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            body = announced is { } length && length <= limit
                ? await ReadExactlyAsync(stream, (int)length, cancellationToken).ConfigureAwait(false)
                : await ReadUpToAsync(stream, limit, failWhenLonger: success, cancellationToken).ConfigureAwait(false);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            body.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
        }

        CopyHeaders(response.Content, body);
        response.Content.Dispose();
        response.Content = body;
    }

    // Whatever reads the response above the SDK's handlers (a trace log, say) still sees the answer's content
    // headers. The length is the buffered body's own, computed on demand.
    private static void CopyHeaders(HttpContent from, HttpContent to)
    {
#if NET8_0_OR_GREATER
        foreach (var header in from.Headers.NonValidated)
        {
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (header.Value.Count == 1)
            {
                to.Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
            }
            else
            {
                to.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
            }
        }
#else
        foreach (var header in from.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
#endif
    }

    // The usual case: the length is announced, so the body goes straight into one array of at least that size.
    private static async ValueTask<BufferedContent> ReadExactlyAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var array = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var total = 0;
            while (total < length)
            {
                var read = await ReadAsync(stream, array, total, length - total, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException($"The response ended after {total} of the {length} bytes it announced.");
                }

                total += read;
            }

            return new BufferedContent(array, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    private static async ValueTask<BufferedContent> ReadUpToAsync(Stream stream, int limit, bool failWhenLonger, CancellationToken cancellationToken)
    {
        var array = ArrayPool<byte>.Shared.Rent(FirstChunk);
        try
        {
            var total = 0;
            while (true)
            {
                if (total == array.Length)
                {
                    array = Grow(array, total);
                }

                var read = await ReadAsync(stream, array, total, array.Length - total, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new BufferedContent(array, total);
                }

                if (read > limit - total)
                {
                    if (failWhenLonger)
                    {
                        throw new HttpRequestException($"The response body is larger than the {limit} bytes the client accepts.");
                    }

                    // An error body: its start is all anyone will see; the rest is left unread.
                    return new BufferedContent(array, limit);
                }

                total += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    private static byte[] Grow(byte[] array, int used)
    {
        var larger = ArrayPool<byte>.Shared.Rent(array.Length * 2);
        Buffer.BlockCopy(array, 0, larger, 0, used);
        ArrayPool<byte>.Shared.Return(array);
        return larger;
    }

    private static ValueTask<int> ReadAsync(Stream stream, byte[] array, int offset, int count, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        stream.ReadAsync(array.AsMemory(offset, count), cancellationToken);
#else
        new(stream.ReadAsync(array, offset, count, cancellationToken));
#endif
}
