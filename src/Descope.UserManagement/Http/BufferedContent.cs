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
/// <see cref="Json"/> directly; the content headers of the answer are copied onto it.
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

    /// <summary>
    /// The body as JSON text to parse: without a UTF-8 byte order mark, which a stream reader would skip and the
    /// span reader does not.
    /// </summary>
    public ReadOnlySpan<byte> Json
    {
        get
        {
            var body = Body;
            return body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF ? body.Slice(3) : body;
        }
    }

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
