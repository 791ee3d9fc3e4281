using System.Security.Cryptography;

namespace PerfEval.Platform.Evidence;

/// <summary>
/// An uploaded file copied from the request into a temporary file, never whole in memory: bounded by the size limit,
/// its SHA-256 computed on the way. The temporary file is deleted when this is disposed.
/// </summary>
public sealed class StagedEvidence : IAsyncDisposable
{
    private StagedEvidence(FileStream file, long size, string sha256)
    {
        File = file;
        Size = size;
        Sha256 = sha256;
    }

    /// <summary>The staged bytes, readable and seekable; positioned by whoever reads them.</summary>
    public FileStream File { get; }

    public long Size { get; }

    public string Sha256 { get; }

    /// <summary>Copies <paramref name="source"/> to a temporary file; null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static async Task<StagedEvidence?> StageAsync(Stream source, long maxBytes, CancellationToken ct)
    {
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            await file.FlushAsync(ct);
            file.Position = 0;
            return new StagedEvidence(file, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();
}
