using System.Security.Cryptography;
using System.Text;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// A review task's id is derived from the form and the submission number, so that a redelivered message
/// can never open a second task for the same submission.
/// </summary>
public static class ReviewTaskIds
{
    public static Guid For(Guid evaluationId, int submission)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"review-task:{evaluationId:N}:{submission}"), hash);
        var bytes = hash[..16].ToArray();
        // RFC 9562 version 8 (custom) and variant bits, so the value is a well-formed UUID.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
