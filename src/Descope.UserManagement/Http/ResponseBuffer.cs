using System;
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

    public static async Task LoadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null)
        {
            return;
        }

        var limit = response.IsSuccessStatusCode ? MaxSuccessBytes : MaxErrorBytes;
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength > limit)
        {
            throw new HttpRequestException($"The response body of {response.Content.Headers.ContentLength} bytes is larger than the {limit} bytes the client accepts.");
        }

        byte[] body;

        // Disposing the response ends a read the stream itself cannot cancel.
        using (cancellationToken.Register(static state => ((HttpResponseMessage)state!).Dispose(), response))
        {
#if NET8_0_OR_GREATER
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            body = response.Content.Headers.ContentLength is { } length && length <= limit
                ? await ReadExactlyAsync(stream, (int)length, cancellationToken).ConfigureAwait(false)
                : await ReadUpToAsync(stream, limit, failWhenLonger: response.IsSuccessStatusCode, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var buffered = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string>)header.Value);
        }

        buffered.Headers.ContentLength = body.Length;
        response.Content.Dispose();
        response.Content = buffered;
    }

    // The usual case: the length is announced, so the body goes straight into one array of that size.
    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var total = 0;
        while (total < length)
        {
#if NET8_0_OR_GREATER
            var read = await stream.ReadAsync(body.AsMemory(total), cancellationToken).ConfigureAwait(false);
#else
            var read = await stream.ReadAsync(body, total, length - total, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
            {
                throw new IOException($"The response ended after {total} of the {length} bytes it announced.");
            }

            total += read;
        }

        return body;
    }

    private static async Task<byte[]> ReadUpToAsync(Stream stream, int limit, bool failWhenLonger, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            return await ReadChunksAsync(stream, buffer, chunk, limit, failWhenLonger, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static async Task<byte[]> ReadChunksAsync(Stream stream, MemoryStream buffer, byte[] chunk, int limit, bool failWhenLonger, CancellationToken cancellationToken)
    {
        while (true)
        {
#if NET8_0_OR_GREATER
            var read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
            var read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
            {
                return buffer.ToArray();
            }

            var room = limit - (int)buffer.Length;
            if (read > room)
            {
                if (failWhenLonger)
                {
                    throw new HttpRequestException($"The response body is larger than the {limit} bytes the client accepts.");
                }

                // An error body: its start is all anyone will see; the rest is left unread.
                buffer.Write(chunk, 0, room);
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
