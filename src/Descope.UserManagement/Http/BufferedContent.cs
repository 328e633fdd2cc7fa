using System;
using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Descope.UserManagement.Http;

/// <summary>
/// An answer's body, read into memory by <see cref="ResponseBuffer"/> inside the attempt, held in an array borrowed
/// from <see cref="ArrayPool{T}.Shared"/> and given back when the response is disposed. The client parses
/// <see cref="Body"/> directly; it carries no content headers, since nothing reads them after buffering.
/// </summary>
internal sealed class BufferedContent : HttpContent
{
    private byte[]? _array;
    private readonly int _length;

    public BufferedContent(byte[] pooledArray, int length)
    {
        _array = pooledArray;
        _length = length;
    }

    /// <summary>The body's bytes; valid until the content (or its response) is disposed.</summary>
    public ReadOnlySpan<byte> Body => new(_array ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length);

    public int Length => _length;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(_array ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length);

    protected override Task<Stream> CreateContentReadStreamAsync() =>
        Task.FromResult<Stream>(new MemoryStream(_array ?? throw new ObjectDisposedException(nameof(BufferedContent)), 0, _length, writable: false));

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        // Once only, however often the response is disposed: a second return would hand the array out twice.
        if (disposing && Interlocked.Exchange(ref _array, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        base.Dispose(disposing);
    }
}
