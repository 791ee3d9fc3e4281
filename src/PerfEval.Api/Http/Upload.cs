using PerfEval.Domain.Import;

namespace PerfEval.Api.Http;

/// <summary>
/// A file uploaded for import (multipart field <c>file</c>): read within the import limits and handed to an importer,
/// or a problem saying what is wrong with the request. The answers of every import endpoint.
/// </summary>
public static class Upload
{
    public static async Task<(T? Result, IResult? Problem)> ReadAsync<T>(
        HttpContext http, ImportLimits limits, Func<Stream, string, ImportLimits, T> import, CancellationToken ct)
        where T : class
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, FileProblem("请以 multipart/form-data 上传，文件放在 file 字段。", "send multipart/form-data with the file in the field 'file'."));
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            // A truncated or garbled envelope surfaces as either, depending on where the parser gives up.
            return (null, FileProblem("上传内容无法读取。", $"the multipart body could not be read: {e.Message}"));
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return (null, FileProblem("未选择文件，或文件为空。", "the multipart field 'file' is missing or empty."));
        }

        if (file.Length > limits.MaxBytes)
        {
            return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "import.too_large",
                $"The file is larger than {limits.MaxBytes} bytes.", "文件过大。"));
        }

        await using var stream = file.OpenReadStream();
        return (import(stream, file.FileName, limits), null);
    }

    /// <summary>400 with every error by line or cell; nothing was stored.</summary>
    public static IResult ImportProblem(
        FormFileFormat format, IReadOnlyList<ImportError> errors, string titleZh, string emptyEn, IReadOnlyDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["format"] = format.ToString(),
            ["importErrors"] = errors.Select(ErrorJson.From).ToList(),
        };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return Problems.Create(
            StatusCodes.Status400BadRequest,
            "import.unreadable",
            errors.Count == 0 ? emptyEn : $"The file could not be imported ({errors.Count} error(s) below); nothing was stored.",
            titleZh,
            extensions);
    }

    /// <summary>An import error as the API shows it.</summary>
    /// <remarks>
    /// <c>where</c> and <c>text</c> are for people, in the caller's language: a JSON path becomes its field's label
    /// ("第3行指标的三级指标名称"), a blank cell says "未填写" rather than what the reader found.
    /// </remarks>
    public sealed record ErrorJson(string Location, string Expected, string Found, string Message, string MessageEn)
    {
        public string Where { get; init; } = "";
        public string Text { get; init; } = "";

        public static ErrorJson From(ImportError e)
        {
            var label = e.Location.StartsWith('$') || e.Location.StartsWith("forms[", StringComparison.Ordinal) ? FieldLabels.For(e.Location) : null;
            var (whereZh, whereEn) = (label?.Zh ?? (e.LocationZh is { Length: > 0 } zh ? zh : e.Location), label?.En ?? e.Location);
            var (textZh, textEn) = label is null
                ? (e.Message, e.MessageEn)
                : e.IsBlank
                    ? ($"{whereZh}未填写。", $"{whereEn} is not filled in.")
                    : ($"{whereZh}应为{Or(e.ExpectedZh, e.Expected)}，实际为“{e.Found}”。", $"{whereEn}: expected {Or(e.ExpectedEn, e.Expected)}, found “{e.Found}”.");
            return new ErrorJson(e.Location, e.Expected, e.Found, e.Message, e.MessageEn)
            {
                Where = Language.Pick(whereZh, whereEn),
                Text = Language.Pick(textZh, textEn),
            };
        }

        private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
    }

    private static IResult FileProblem(string zh, string en) => Problems.Invalid("file", zh, en);
}
