using System.CommandLine;
using System.Globalization;
using Npgsql;
using PerfEval.Domain.Integrity;

namespace PerfEval.Cli.Commands;

/// <summary>
/// <c>perfeval verify &lt;evaluationId&gt; | --year 2024 [--connection ...] [--schema perfeval]</c>: recomputes forms'
/// hash chains from the event store in PostgreSQL, independently of the platform's API
/// (docs/domain-rules.md#tamper-evident-trail). Exit codes: 0 intact, 1 broken, 2 wrong command line or no connection.
/// </summary>
internal static class VerifyCommand
{
    public const int Intact = 0;
    public const int Broken = 1;
    public const int Failed = 2;

    /// <summary>The same variables the platform reads its connection string and schema from.</summary>
    public const string ConnectionVariable = "ConnectionStrings__Postgres";

    public const string SchemaVariable = "PerfEval__Schema";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string?>("evaluationId") { Description = "The form's id (omit with --year)", Arity = ArgumentArity.ZeroOrOne };
        var year = new Option<string?>("--year") { Description = "Verify every form of this fiscal year and list the broken ones" };
        var connection = new Option<string?>("--connection")
        {
            Description = $"PostgreSQL connection string (default: ${ConnectionVariable}, as the platform)",
        };
        var schema = new Option<string?>("--schema") { Description = $"The platform's schema (default: ${SchemaVariable}, else perfeval)" };
        var command = new Command("verify", "Recompute the tamper-evident hash chain of a form, or of every form of a year, from PostgreSQL")
        {
            id, year, connection, schema,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(id), parse.GetValue(year), parse.GetValue(connection), parse.GetValue(schema), output, error, ct));
        return command;
    }

    public static async Task<int> RunAsync(
        string? id, string? year, string? connection, string? schema, TextWriter output, TextWriter error, CancellationToken ct)
    {
        connection ??= Environment.GetEnvironmentVariable(ConnectionVariable);
        schema ??= Environment.GetEnvironmentVariable(SchemaVariable) ?? "perfeval";
        Guid evaluationId = default;
        var fiscalYear = 0;
        if ((id is null) == (year is null)
            || (id is not null && !Guid.TryParse(id, out evaluationId))
            || (year is not null && !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out fiscalYear)))
        {
            error.WriteLine("perfeval verify：请给出一张表的 id，或用 --year 给出年度（二选一）。");
            error.WriteLine("perfeval verify: give one form's id, or a fiscal year with --year (one of the two).");
            return Failed;
        }

        if (string.IsNullOrWhiteSpace(connection))
        {
            error.WriteLine($"perfeval verify：缺少数据库连接串（--connection 或环境变量 {ConnectionVariable}）。");
            error.WriteLine($"perfeval verify: no connection string (--connection or ${ConnectionVariable}).");
            return Failed;
        }

        try
        {
            await using var source = NpgsqlDataSource.Create(connection);
            var streams = new StoredStreams(source, schema);
            return id is not null
                ? await OneAsync(streams, evaluationId, output, error, ct)
                : await YearAsync(streams, fiscalYear, output, ct);
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidDataException or System.Text.Json.JsonException)
        {
            error.WriteLine($"perfeval verify：无法读取事件库：{e.Message}");
            error.WriteLine($"perfeval verify: could not read the event store: {e.Message}");
            return Failed;
        }
    }

    private static async Task<int> OneAsync(StoredStreams streams, Guid id, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (await streams.OneAsync(id, ct) is not { } stream)
        {
            error.WriteLine($"perfeval verify：没有这张表：{id}");
            error.WriteLine($"perfeval verify: no such form: {id}");
            return Failed;
        }

        var report = ChainVerification.Verify(stream.Id, stream.Events);
        output.WriteLine($"{stream.ProjectName}（{stream.Id}）");
        Write(output, report);
        foreach (var approval in report.Approvals)
        {
            output.WriteLine(approval.Matches switch
            {
                true => $"  第 {approval.Version} 条审核通过记录的链头与其前的记录一致 / the approval at version {approval.Version} matches the chain head before it",
                false => $"  第 {approval.Version} 条审核通过记录的链头与其前的记录不一致 / the approval at version {approval.Version} recorded another chain head ({approval.ChainHead}, recomputed {approval.Expected})",
                null => $"  第 {approval.Version} 条审核通过记录未记录链头 / the approval at version {approval.Version} recorded no chain head",
            });
        }

        return report.Intact ? Intact : Broken;
    }

    private static async Task<int> YearAsync(StoredStreams streams, int year, TextWriter output, CancellationToken ct)
    {
        var all = await streams.OfYearAsync(year, ct);
        var broken = 0;
        foreach (var stream in all)
        {
            var report = ChainVerification.Verify(stream.Id, stream.Events);
            if (!report.Intact)
            {
                broken++;
                output.WriteLine($"{stream.ProjectName}（{stream.Id}）");
                Write(output, report);
            }
        }

        output.WriteLine($"{year} 年度共核验 {all.Count} 张表：完整 {all.Count - broken} 张，被改动 {broken} 张。");
        output.WriteLine($"{year}: verified {all.Count} form(s): {all.Count - broken} intact, {broken} broken.");
        return broken == 0 ? Intact : Broken;
    }

    private static void Write(TextWriter output, ChainReport report)
    {
        var before = report.Unchained == 0 ? "" : $"，其中前 {report.Unchained} 条写于启用哈希链之前（未入链）";
        var beforeEn = report.Unchained == 0 ? "" : $"; the first {report.Unchained} were written before the chain (not chained)";
        if (report.FirstBroken is { } b)
        {
            var (code, zh, _) = ChainVerification.Describe(b.Reason);
            var at = b.At.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
            output.WriteLine($"  记录被改动：第 {b.Version} 条记录（{b.Type}，{at}）：{b.SummaryZh} 原因：{zh}");
            output.WriteLine($"  Broken at version {b.Version} ({b.Type}, {at}): {b.SummaryEn} Reason: {code}");
            return;
        }

        if (!report.Intact)
        {
            output.WriteLine("  记录被改动：审核通过记录的链头与其前的记录不一致。");
            output.WriteLine("  Broken: an approval recorded a chain head other than the one before it.");
            return;
        }

        output.WriteLine($"  记录完整：共 {report.Events} 条记录{before}，链头 {report.ChainHead ?? "（无）"}");
        output.WriteLine($"  Intact: {report.Events} event(s){beforeEn}, chain head {report.ChainHead ?? "(none)"}");
    }
}
