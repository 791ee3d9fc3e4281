namespace PerfEval.Domain.Import;

/// <summary>A memory buffer that refuses to grow beyond a limit, so that an upload is never read whole when too large.</summary>
internal sealed class BoundedBuffer(long maxBytes) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Guard(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Guard(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Guard(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Guard(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    public override void WriteByte(byte value)
    {
        Guard(1);
        base.WriteByte(value);
    }

    private void Guard(int count)
    {
        if (Length + count > maxBytes)
        {
            throw new TooLargeException();
        }
    }

    /// <summary>The content exceeded the limit; caught by the importer and reported as an error.</summary>
    internal sealed class TooLargeException() : IOException("The file is larger than the import limit.");
}
