using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Domain.Common;

/// <summary>
/// A UUID derived from a name: the same name always gives the same id. Used where a redelivered message or a job
/// that runs twice must find the document it already wrote instead of writing a second one.
/// </summary>
public static class DeterministicGuid
{
    public static Guid From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16].ToArray();
        // RFC 9562 version 8 (custom) and variant bits, in .NET's byte order, so the value is a well-formed UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
