using System.Text;

namespace PerfEval.Domain.Import;

/// <summary>
/// The encodings form text arrives in: UTF-8, or GB18030 (the superset of GBK/GB2312 that Chinese Windows tools write
/// when they save text extracted from a PDF).
/// </summary>
internal static class TextEncodings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static Encoding Gb18030 => StrictGb18030.Value;

    /// <summary>Decodes as UTF-8, else as GB18030; null when neither reads the bytes whole.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        bytes = SkipBom(bytes);
        foreach (var encoding in new[] { StrictUtf8, Gb18030 })
        {
            try
            {
                return encoding.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // Not this encoding; try the next.
            }
        }

        return null;
    }

    /// <summary>Drops a UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    /// <summary>Whether <paramref name="bytes"/> contain <paramref name="text"/> in either encoding.</summary>
    public static bool Contains(ReadOnlySpan<byte> bytes, string text) =>
        bytes.IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.IndexOf(Gb18030.GetBytes(text)) >= 0;
}
