using PerfEval.Domain.Import;

namespace PerfEval.Api.Http;

/// <summary>
/// Every bound on input, bound from the "Limits" section: the request body (Kestrel and the body limit of every
/// host), the multipart form parser, JSON reading, the form validator and the importers. A district's whole year fits
/// well within the defaults; they exist so that a hostile or broken request costs bounded time and memory.
/// </summary>
public sealed class InputLimits
{
    public const string Section = "Limits";

    /// <summary>Largest body of a JSON request, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Room for the multipart envelope (boundaries, part headers) around an uploaded file, in bytes.</summary>
    public long MultipartEnvelopeBytes { get; set; } = 64 * 1024;

    /// <summary>Deepest nesting of a JSON body.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>Longest header of a multipart section, in bytes.</summary>
    public int MaxMultipartHeaderBytes { get; set; } = 16 * 1024;

    /// <summary>Most fields in a multipart form.</summary>
    public int MaxFormFields { get; set; } = 16;

    /// <summary>Longest project, department or unit name, and a dev token's user name.</summary>
    public int NameLength { get; set; } = 200;

    /// <summary>Longest text of an indicator cell (level 1, level 2, name, target, actual).</summary>
    public int TextLength { get; set; } = 500;

    /// <summary>Longest goal text and deviation reason.</summary>
    public int GoalLength { get; set; } = 10_000;

    /// <summary>Most indicators on a form arriving over HTTP.</summary>
    public int MaxIndicators { get; set; } = 200;

    /// <summary>Files, rows and sizes the importers accept ("Limits:Import"); MaxBytes is the largest file.</summary>
    // A fresh instance: the configuration binder writes into an existing value, and the shared default must stay as is.
    public ImportLimits Import { get; set; } = new();

    /// <summary>Largest body of an upload request: the largest file and its multipart envelope.</summary>
    public long MaxUploadRequestBytes => Import.MaxBytes + MultipartEnvelopeBytes;

    public static InputLimits From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<InputLimits>() ?? new InputLimits();
}
