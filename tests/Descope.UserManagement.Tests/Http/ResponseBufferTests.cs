using System.Net;
using Descope.UserManagement.Http;

namespace Descope.UserManagement.Tests.Http;

/// <summary>Answers are read into pooled memory whole, within their caps, whatever the transport announces.</summary>
public sealed class ResponseBufferTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(100_000)]
    public async Task A_body_of_unknown_length_is_read_whole(int size)
    {
        var bytes = Bytes(size);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream(bytes)) };
        response.Content.Headers.ContentLength.Should().BeNull("the stream cannot tell its length, as a chunked answer cannot");

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        var buffered = response.Content.Should().BeOfType<BufferedContent>().Subject;
        buffered.Body.ToArray().Should().Equal(bytes);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(bytes, "the buffered content reads like any other");
    }

    [Fact]
    public async Task A_body_with_an_announced_length_is_read_to_that_length()
    {
        var bytes = Bytes(3000);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        ((BufferedContent)response.Content).Body.ToArray().Should().Equal(bytes);
        response.Content.Headers.ContentLength.Should().Be(3000);
    }

    [Fact]
    public async Task The_answers_content_headers_stay_on_the_buffered_content()
    {
        var content = new ByteArrayContent(Bytes(10));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        content.Headers.ContentLanguage.Add("en");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        response.Content.Should().BeOfType<BufferedContent>();
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        response.Content.Headers.ContentLength.Should().Be(10);
    }

    [Fact]
    public async Task A_body_shorter_than_announced_is_an_IOException()
    {
        var content = new StreamContent(new TrickleStream(Bytes(10)));
        content.Headers.ContentLength = 20;
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        var load = () => ResponseBuffer.LoadAsync(response, CancellationToken.None);

        await load.Should().ThrowAsync<IOException>().WithMessage("*after 10 of the 20 bytes*");
    }

    [Fact]
    public async Task An_error_body_of_unknown_length_keeps_only_its_start()
    {
        var bytes = Bytes(ResponseBuffer.MaxErrorBytes * 3);
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StreamContent(new TrickleStream(bytes)) };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        ((BufferedContent)response.Content).Body.ToArray().Should().Equal(bytes.Take(ResponseBuffer.MaxErrorBytes));
    }

    [Fact]
    public async Task A_success_announcing_more_than_the_cap_is_refused_before_reading()
    {
        var content = new StreamContent(new TrickleStream([]));
        content.Headers.ContentLength = ResponseBuffer.MaxSuccessBytes + 1L;
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        var load = () => ResponseBuffer.LoadAsync(response, CancellationToken.None);

        await load.Should().ThrowAsync<HttpRequestException>().WithMessage("*larger than*");
    }

    [Fact]
    public async Task Disposing_the_response_gives_the_memory_back_and_the_body_can_no_longer_be_read()
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Bytes(100)) };
        await ResponseBuffer.LoadAsync(response, CancellationToken.None);
        var buffered = (BufferedContent)response.Content;

        response.Dispose();
        response.Dispose();

        var read = () => buffered.Body.Length;
        read.Should().Throw<ObjectDisposedException>();
    }

    private static byte[] Bytes(int size) => Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();

    /// <summary>A stream of unknown length that hands out at most 1,000 bytes per read, like a network stream.</summary>
    private sealed class TrickleStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
