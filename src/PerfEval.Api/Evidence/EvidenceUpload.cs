using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PerfEval.Api.Http;
using PerfEval.Domain.Evidence;
using PerfEval.Platform.Evidence;

namespace PerfEval.Api.Evidence;

/// <summary>
/// The multipart body of an evidence upload, read section by section from the request stream: the field
/// <c>file</c> is copied to a temporary file as it arrives (<see cref="StagedEvidence"/>), the small fields
/// <c>slot</c> and <c>indicatorIndex</c> are read within a few bytes. The file is never whole in memory.
/// </summary>
public sealed class EvidenceUpload : IAsyncDisposable
{
    /// <summary>Longest value of a text field (slot, indicatorIndex), in bytes.</summary>
    private const int MaxFieldBytes = 256;

    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public StagedEvidence? File { get; private set; }

    public string? FileName { get; private set; }

    public string? Field(string name) => _fields.GetValueOrDefault(name);

    /// <summary>The upload, or the problem that refuses it (nothing is kept then).</summary>
    public static async Task<(EvidenceUpload? Upload, IResult? Problem)> ReadAsync(
        HttpRequest request, InputLimits inputs, EvidenceLimits limits, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return (null, Problems.From(EvidenceErrors.NoFile));
        }

        var upload = new EvidenceUpload();
        try
        {
            var problem = await upload.ReadSectionsAsync(
                new MultipartReader(boundary, request.Body) { HeadersLengthLimit = inputs.MaxMultipartHeaderBytes },
                inputs.MaxFormFields, limits, ct);
            if (problem is null)
            {
                return (upload, null);
            }

            await upload.DisposeAsync();
            return (null, problem);
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException
            && !ct.IsCancellationRequested)
        {
            await upload.DisposeAsync();
            return (null, Problems.From(EvidenceErrors.Malformed(e.Message)));
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    private async Task<IResult?> ReadSectionsAsync(MultipartReader reader, int maxSections, EvidenceLimits limits, CancellationToken ct)
    {
        var sections = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (++sections > maxSections)
            {
                return Problems.From(EvidenceErrors.Malformed($"more than {maxSections} parts"));
            }

            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
            {
                continue;
            }

            if (disposition.IsFileDisposition())
            {
                if (name != "file" || File is not null)
                {
                    await section.Body.CopyToAsync(Stream.Null, ct);
                    continue;
                }

                FileName = disposition.FileNameStar.HasValue
                    ? disposition.FileNameStar.Value
                    : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                File = await StagedEvidence.StageAsync(section.Body, limits.MaxFileBytes, ct);
                if (File is null)
                {
                    return TooLarge(limits.MaxFileBytes);
                }
            }
            else if (await ReadFieldAsync(section.Body, ct) is { } value)
            {
                _fields[name] = value;
            }
            else
            {
                return Problems.From(EvidenceErrors.Malformed($"the field '{name}' is longer than {MaxFieldBytes} bytes"));
            }
        }

        return null;
    }

    /// <summary>413: the file is over the limit; the rest of the body is not read.</summary>
    public static IResult TooLarge(long max)
    {
        var error = EvidenceErrors.TooLarge(max);
        return Problems.Create(StatusCodes.Status413PayloadTooLarge, error.Code, error.MessageEn, error.Message,
            new Dictionary<string, object?> { ["maxFileBytes"] = max });
    }

    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        if (read > MaxFieldBytes)
        {
            return null;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    public async ValueTask DisposeAsync()
    {
        if (File is not null)
        {
            await File.DisposeAsync();
        }
    }
}
