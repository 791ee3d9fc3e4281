using Microsoft.AspNetCore.Http.Features;

namespace PerfEval.Api.Http;

/// <summary>
/// Marks an endpoint that takes file uploads: its body may be as large as an import file, or as
/// <paramref name="MaxFileBytes"/> when given, with the multipart envelope around it.
/// </summary>
public sealed record AcceptsUpload(long? MaxFileBytes = null);

/// <summary>
/// Bounds every request body: a declared length over the limit is 413 before anything is read, and a body without a
/// length is cut off where it crosses the limit. Kestrel has its own limit, but the test host and any other server do
/// not, so the bound is enforced here for every host.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, InputLimits limits)
{
    public const string TooLargeCode = "request.too_large";

    public Task InvokeAsync(HttpContext context)
    {
        var max = context.GetEndpoint()?.Metadata.GetMetadata<AcceptsUpload>() switch
        {
            null => limits.MaxRequestBytes,
            { MaxFileBytes: { } file } => file + limits.MultipartEnvelopeBytes,
            _ => limits.MaxUploadRequestBytes,
        };
        if (context.Request.ContentLength > max)
        {
            return TooLarge(max).ExecuteAsync(context);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        context.Request.Body = new BoundedBody(context.Request.Body, max);
        return next(context);
    }

    public static IResult TooLarge(long max) => Problems.Create(
        StatusCodes.Status413PayloadTooLarge, TooLargeCode,
        $"The request body is larger than {max} bytes.", $"请求内容超过 {max} 字节。");

    /// <summary>Reads through to the body and fails as Kestrel does (413) once more than the limit has been read.</summary>
    private sealed class BoundedBody(Stream inner, long max) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
            Count(await inner.ReadAsync(buffer, ct));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
            ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        private int Count(int read)
        {
            _read += read;
            if (_read > max)
            {
                throw new BadHttpRequestException($"The request body is larger than {max} bytes.",
                    StatusCodes.Status413PayloadTooLarge);
            }

            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
