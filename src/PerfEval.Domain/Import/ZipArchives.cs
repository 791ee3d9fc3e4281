using System.IO.Compression;

namespace PerfEval.Domain.Import;

/// <summary>
/// The checks on an Office file's zip before any part of it is read: a zip at all, not too many entries, not expanding
/// beyond the limit (zip bombs), with the Office package's [Content_Types].xml and the part that makes it this kind of file.
/// </summary>
internal static class ZipArchives
{
    public static ImportError? Check(byte[] content, ImportLimits limits, string location, string locationZh, string kindZh, string kindEn, string? requiredPart = null)
    {
        ImportError Error(string expectedZh, string expectedEn, string found) => ImportError.Create(location, expectedZh, expectedEn, found, locationZh);

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                return Error($"不超过{limits.MaxZipEntries}个压缩条目", $"at most {limits.MaxZipEntries} zip entries", $"{archive.Entries.Count} entries");
            }

            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > limits.MaxUncompressedBytes)
                {
                    return Error($"解压后不超过{limits.MaxUncompressedBytes}字节", $"at most {limits.MaxUncompressedBytes} bytes uncompressed", $"more than {limits.MaxUncompressedBytes} bytes");
                }
            }

            if (archive.GetEntry("[Content_Types].xml") is null)
            {
                return Error(kindZh, kindEn, "a zip without [Content_Types].xml");
            }

            return requiredPart is not null && archive.GetEntry(requiredPart) is null ? Error(kindZh, kindEn, $"a zip without {requiredPart}") : null;
        }
        catch (Exception problem) when (problem is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return Error(kindZh + "（zip格式）", kindEn + " (a zip archive)", problem.Message);
        }
    }

    /// <summary>Whether the zip holds <paramref name="part"/>; false for anything that is not a readable zip.</summary>
    public static bool Holds(byte[] content, string part)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return archive.GetEntry(part) is not null;
        }
        catch (Exception problem) when (problem is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
