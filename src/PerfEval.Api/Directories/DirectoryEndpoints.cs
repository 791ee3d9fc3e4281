using Microsoft.Net.Http.Headers;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Directories;
using PerfEval.Platform.Directories;

namespace PerfEval.Api.Directories;

/// <summary>
/// /api/directory: the directory of departments, units and people (docs/architecture.md#directory). Admins read and
/// change it entry by entry, import it (JSON or xlsx, with a preview) and export it; every signed-in user reads the
/// names (id → name) the screens show.
/// </summary>
public static class DirectoryEndpoints
{
    public sealed record DepartmentInput(string? Code, string? Name);

    public sealed record UnitInput(string? Code, string? Name, string? DepartmentId);

    public sealed record PersonInput(string? Name, IReadOnlyList<string?>? Roles, string? UnitId, IReadOnlyList<string?>? DepartmentIds);

    /// <summary>The whole directory and its version (also the ETag).</summary>
    public sealed record DirectoryView(
        long Version, DateTimeOffset? UpdatedAt, string? UpdatedBy,
        IReadOnlyList<Department> Departments, IReadOnlyList<OrgUnit> Units, IReadOnlyList<Person> People)
    {
        public static DirectoryView Of(DirectoryDocument d) => new(
            d.Version, d.Version == 0 ? null : d.UpdatedAt, d.Version == 0 ? null : d.UpdatedBy,
            d.Directory.Departments, d.Directory.Units, d.Directory.People);
    }

    /// <summary>Names by id: what every screen shows instead of an id.</summary>
    public sealed record NamesView(
        long Version, IReadOnlyDictionary<string, string> Departments, IReadOnlyDictionary<string, string> Units,
        IReadOnlyDictionary<string, string> People);

    /// <summary>One problem of a directory, by sheet, row and column.</summary>
    public sealed record ProblemView(
        string Sheet, string SheetEn, int Row, string Column, string Field, string Code, string Message, string MessageEn)
    {
        public static ProblemView Of(DirectoryProblem p) => new(
            p.Sheet, DirectoryLayout.SheetEnOf(p.Kind), p.Row, p.Column, p.Field, p.Code, p.Message, p.MessageEn);
    }

    /// <summary>An import's answer: stored or only previewed, the version in force, what changed, every problem.</summary>
    public sealed record ImportView(
        bool Preview, bool Stored, long Version, DirectoryChanges Changes, IReadOnlyList<ProblemView> Errors);

    public sealed record RevisionView(long Version, DateTimeOffset At, string By, string Change);

    public static void MapDirectory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/directory").WithTags("Directory");
        group.MapGet("/", GetAll).RequireAuthorization(Policies.Admin).Produces<DirectoryView>()
            .WithSummary("The directory: departments, units and people, with its version (ETag)");
        group.MapGet("/names", Names).RequireAuthorization(Policies.Authenticated).Produces<NamesView>()
            .Produces(StatusCodes.Status304NotModified)
            .WithSummary("Names by id of departments, units and people (ETag; If-None-Match answers 304)");
        group.MapGet("/history", History).RequireAuthorization(Policies.Admin).Produces<IReadOnlyList<RevisionView>>()
            .WithSummary("The directory's versions, newest first: who changed it, when, and what");
        group.MapGet("/export.xlsx", Export).RequireAuthorization(Policies.Admin)
            .ProducesFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .WithSummary("The directory as a workbook (sheets 部门, 单位, 人员), the shape the import reads");
        group.MapPost("/import", Import).RequireAuthorization(Policies.Admin)
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUpload())
            .Produces<ImportView>()
            .ProducesProblems(400, 409, 413, 415)
            .WithSummary("Import a directory (multipart field 'file': .xlsx or .json; or a JSON body): adds or replaces entries, all or nothing; ?preview=true stores nothing");

        group.MapGet("/departments/{id}", GetDepartment).RequireAuthorization(Policies.Admin).Produces<Department>().ProducesProblems(404);
        group.MapPut("/departments/{id}", PutDepartment).RequireAuthorization(Policies.Admin)
            .Accepts<DepartmentInput>("application/json").Produces<Department>().ProducesProblems(400, 404, 409, 412)
            .WithSummary("Add or change a department: {\"code\", \"name\"}");
        group.MapGet("/units/{id}", GetUnit).RequireAuthorization(Policies.Admin).Produces<OrgUnit>().ProducesProblems(404);
        group.MapPut("/units/{id}", PutUnit).RequireAuthorization(Policies.Admin)
            .Accepts<UnitInput>("application/json").Produces<OrgUnit>().ProducesProblems(400, 404, 409, 412)
            .WithSummary("Add or change a unit: {\"code\", \"name\", \"departmentId\"}");
        group.MapGet("/people/{userId}", GetPerson).RequireAuthorization(Policies.Admin).Produces<Person>().ProducesProblems(404);
        group.MapPut("/people/{userId}", PutPerson).RequireAuthorization(Policies.Admin)
            .Accepts<PersonInput>("application/json").Produces<Person>().ProducesProblems(400, 404, 409, 412)
            .WithSummary("Add or change a person (by the token's subject): {\"name\", \"roles\", \"unitId\", \"departmentIds\"}");
    }

    private static async Task<IResult> GetAll(HttpContext http, DirectoryStore store, CancellationToken ct)
    {
        var document = await store.ReadAsync(ct);
        ETags.Set(http.Response, document.Version);
        return Results.Ok(DirectoryView.Of(document));
    }

    private static async Task<IResult> Names(HttpContext http, DirectoryStore store, CancellationToken ct)
    {
        var document = await store.ReadAsync(ct);
        var etag = ETags.For(document.Version);
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers.ETag = etag;
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var d = document.Directory;
        return Results.Ok(new NamesView(
            document.Version,
            d.Departments.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Name),
            d.Units.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Name),
            d.People.GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.First().Name)));
    }

    private static async Task<IResult> History(DirectoryStore store, CancellationToken ct) =>
        Results.Ok((await store.HistoryAsync(200, ct)).Select(r => new RevisionView(r.Version, r.At, r.By, r.Change)).ToList());

    private static async Task<IResult> Export(DirectoryStore store, CancellationToken ct)
    {
        var document = await store.ReadAsync(ct);
        return Results.File(
            DirectoryWorkbook.ToBytes(document.Directory),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"directory-v{document.Version}.xlsx");
    }

    private static async Task<IResult> GetDepartment(string id, HttpContext http, DirectoryStore store, CancellationToken ct) =>
        Entry(http, await store.ReadAsync(ct), d => d.Department(id));

    private static async Task<IResult> GetUnit(string id, HttpContext http, DirectoryStore store, CancellationToken ct) =>
        Entry(http, await store.ReadAsync(ct), d => d.Unit(id));

    private static async Task<IResult> GetPerson(string userId, HttpContext http, DirectoryStore store, CancellationToken ct) =>
        Entry(http, await store.ReadAsync(ct), d => d.Person(userId));

    private static IResult Entry<T>(HttpContext http, DirectoryDocument document, Func<OrgDirectory, T?> find)
        where T : class
    {
        if (find(document.Directory) is not { } entry)
        {
            return DirectoryProblems.NotFound;
        }

        ETags.Set(http.Response, document.Version);
        return Results.Ok(entry);
    }

    private static Task<IResult> PutDepartment(
        string id, DepartmentInput? input, HttpContext http, DirectoryStore store, TimeProvider clock, CancellationToken ct) =>
        Change(id, http, store, clock, d => d.With(new Department(id, Trim(input?.Code), Trim(input?.Name))),
            d => d.Department(id), (d, entry) => $"{(d.Department(id) is null ? "新增" : "修改")}部门「{entry.Name}」", ct);

    private static Task<IResult> PutUnit(
        string id, UnitInput? input, HttpContext http, DirectoryStore store, TimeProvider clock, CancellationToken ct) =>
        Change(id, http, store, clock, d => d.With(new OrgUnit(id, Trim(input?.Code), Trim(input?.Name), Trim(input?.DepartmentId))),
            d => d.Unit(id), (d, entry) => $"{(d.Unit(id) is null ? "新增" : "修改")}单位「{entry.Name}」", ct);

    private static Task<IResult> PutPerson(
        string userId, PersonInput? input, HttpContext http, DirectoryStore store, TimeProvider clock, CancellationToken ct) =>
        Change(userId, http, store, clock, d => d.With(new Person(
                userId,
                Trim(input?.Name),
                [.. (input?.Roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => RoleNames.Parse(r!) ?? r!.Trim()).Distinct()],
                string.IsNullOrWhiteSpace(input?.UnitId) ? null : input.UnitId.Trim(),
                [.. (input?.DepartmentIds ?? []).Select(x => Trim(x)).Distinct()])),
            d => d.Person(userId), (d, entry) => $"{(d.Person(userId) is null ? "新增" : "修改")}人员「{entry.Name}」", ct);

    /// <summary>One entry added or replaced: the whole directory checked, then saved as the next version.</summary>
    private static async Task<IResult> Change<T>(
        string id, HttpContext http, DirectoryStore store, TimeProvider clock, Func<OrgDirectory, OrgDirectory> apply,
        Func<OrgDirectory, T?> find, Func<OrgDirectory, T, string> describe, CancellationToken ct)
        where T : class
    {
        if (!DirectoryRules.IsValidId(id))
        {
            // No entry can have such an id.
            return DirectoryProblems.NotFound;
        }

        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return DirectoryProblems.Stale;
        }

        var current = await store.ReadAsync(ct);
        if (expected is { } version && version != current.Version)
        {
            return DirectoryProblems.Stale;
        }

        var next = apply(current.Directory);
        var problems = DirectoryRules.Check(next);
        if (problems.Count > 0)
        {
            return DirectoryProblems.Invalid(problems);
        }

        var entry = find(next)!;
        var actor = http.User.ToActor();
        var saved = await store.SaveAsync(next, current.Version, actor.Id, actor.Name, describe(current.Directory, entry), clock.GetUtcNow(), ct);
        if (saved is null)
        {
            return DirectoryProblems.Conflict;
        }

        ETags.Set(http.Response, saved.Version);
        return Results.Ok(entry);
    }

    private static async Task<IResult> Import(
        HttpContext http, bool? preview, DirectoryStore store, InputLimits limits, TimeProvider clock, CancellationToken ct)
    {
        byte[] content;
        string name;
        if (http.Request.HasFormContentType)
        {
            var (file, problem) = await Upload.ReadAsync(http, limits.Import, (stream, fileName, _) => new UploadedFile(ReadAll(stream), fileName), ct);
            if (problem is not null)
            {
                return problem;
            }

            (content, name) = (file!.Content, file.Name);
        }
        else if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, ct);
            (content, name) = (buffer.ToArray(), "JSON");
        }
        else
        {
            return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "request.unsupported_media_type",
                "Send the file as multipart/form-data (field 'file') or the directory as application/json.",
                "请以 multipart/form-data（字段 file）上传文件，或以 application/json 发送目录。");
        }

        if (content.Length == 0)
        {
            return Problems.Invalid("file", "没有内容。", "has no content.");
        }

        var current = await store.ReadAsync(ct);
        var result = DirectoryImport.Import(current.Directory, content, limits.Import);
        var errors = result.Problems.Select(ProblemView.Of).ToList();
        if (preview == true)
        {
            return Results.Ok(new ImportView(true, false, current.Version, result.Changes, errors));
        }

        if (result.Directory is null)
        {
            return DirectoryProblems.ImportRefused(result.Problems);
        }

        var actor = http.User.ToActor();
        var saved = await store.SaveAsync(result.Directory, current.Version, actor.Id, actor.Name, $"导入「{name}」", clock.GetUtcNow(), ct);
        if (saved is null)
        {
            return DirectoryProblems.Conflict;
        }

        ETags.Set(http.Response, saved.Version);
        return Results.Ok(new ImportView(false, true, saved.Version, result.Changes, []));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Trim(string? text) => text?.Trim() ?? "";

    private sealed record UploadedFile(byte[] Content, string Name);
}

/// <summary>The directory's refusals as problems.</summary>
internal static class DirectoryProblems
{
    public static IResult NotFound => Problems.Create(StatusCodes.Status404NotFound, "directory.not_found",
        "The directory has no such entry.", "目录中没有该条目。");

    public static IResult Stale => Problems.Create(StatusCodes.Status412PreconditionFailed, "precondition.stale_version",
        "The directory has changed since you read it (If-Match). Read it again and retry.", "目录已被修改，请刷新后重试。");

    public static IResult Conflict => Problems.Create(StatusCodes.Status409Conflict, "directory.concurrent_change",
        "Someone else changed the directory at the same time; nothing was stored. Read it again and retry.",
        "目录刚被他人修改，本次未保存，请刷新后重试。");

    /// <summary>400: the change would break a rule; every problem listed.</summary>
    public static IResult Invalid(IReadOnlyList<DirectoryProblem> problems) => Problems.Create(
        StatusCodes.Status400BadRequest, problems[0].Code, problems[0].MessageEn, problems[0].Message,
        new Dictionary<string, object?>
        {
            ["directoryErrors"] = problems.Select(DirectoryEndpoints.ProblemView.Of).ToList(),
            ["errors"] = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
        });

    /// <summary>400: the file was not imported; every problem listed by sheet, row and column.</summary>
    public static IResult ImportRefused(IReadOnlyList<DirectoryProblem> problems) => Problems.Create(
        StatusCodes.Status400BadRequest, "directory.import_refused",
        $"The directory was not imported: {problems.Count} problem(s); nothing was stored.",
        $"目录未导入：共 {problems.Count} 处问题，未保存任何内容。",
        new Dictionary<string, object?> { ["directoryErrors"] = problems.Select(DirectoryEndpoints.ProblemView.Of).ToList() });
}
