using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;
using M = PerfEval.Platform.Yearly.YearlyTallies.Measures;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// The tally table of <see cref="YearlyTallies"/>, the functions that count a form's facts and the triggers on the
/// facts table, as one part of the store's schema: created with the rest on start, after the facts table.
/// </summary>
/// <remarks>
/// The tallies are derived data, so the whole script is written to be run again: it drops and recreates every object
/// and counts all facts afresh. It runs when the objects are missing, when this script changed (its hash is kept as
/// the table's comment), and when a trigger is missing or disabled (a rebuild that died between
/// <see cref="YearlyTallies.SuspendAsync"/> and <see cref="YearlyTallies.RecountAsync"/>).
/// </remarks>
public sealed class YearlyTallySchema(StoreOptions options) : IFeatureSchema
{
    public ISchemaObject[] Objects => [new TallyObjects(options.DatabaseSchemaName)];

    public string Identifier => YearlyTallies.TableName;

    public Migrator Migrator => options.Advanced.Migrator;

    public Type StorageType => typeof(YearlyTallySchema);

    public void WritePermissions(Migrator rules, TextWriter writer)
    {
    }

    public IEnumerable<Type> DependentTypes() => [typeof(Domain.Yearly.YearlyFormFacts)];

    /// <summary>The facts table as Marten names it.</summary>
    private static string FactsTable(string schema) => $"{schema}.mt_doc_yearlyformfacts";

    /// <summary>
    /// The rows a form's facts count as (see <see cref="YearlyTallies"/>). Plain SQL, so PostgreSQL inlines it into
    /// the recount's single pass over the facts.
    /// </summary>
    private static string RowsFunctionSql(string schema) => $$"""
        create function {{schema}}.{{YearlyTallies.RowsFunction}}(doc jsonb)
        returns table (measure text, key text, n bigint, amount numeric)
        language sql immutable parallel safe as $tally$
            select '{{M.Forms}}', '', 1::bigint, 0::numeric
            union all select '{{M.Status}}', doc->>'status', 1, 0
            union all select '{{M.Initial}}', '', 1, coalesce((doc->>'initialBudget')::numeric, 0)
            union all select '{{M.FullYear}}', '', 1, coalesce((doc->>'fullYearBudget')::numeric, 0)
            union all select '{{M.Executed}}', '', 1, coalesce((doc->>'executed')::numeric, 0)
            union all select '{{M.Claimed}}', '', 1, (doc->>'claimedTotal')::numeric where doc->>'claimedTotal' is not null
            union all select '{{M.Computed}}', '', 1, (doc->>'computedTotal')::numeric where doc->>'computedTotal' is not null
            union all select '{{M.Final}}', '', 1, (doc->>'finalTotal')::numeric where doc->>'finalTotal' is not null
            union all select '{{M.ComputedGrade}}', doc->>'computedGrade', 1, 0 where doc->>'computedGrade' is not null
            union all select '{{M.FinalGrade}}', doc->>'finalGrade', 1, 0 where doc->>'finalGrade' is not null
            union all select '{{M.Finding}}', code, count(*), 0
                from jsonb_array_elements_text(case when jsonb_typeof(doc->'findingCodes') = 'array' then doc->'findingCodes' else '[]' end) code
                group by code
            union all select distinct '{{M.BelowWeight}}', name, 1::bigint, 0::numeric
                from jsonb_array_elements_text(case when jsonb_typeof(doc->'indicatorsBelowWeight') = 'array' then doc->'indicatorsBelowWeight' else '[]' end) name
            union all select case lower(doc->>'taskStatus') when 'open' then '{{M.OpenTasks}}' else '{{M.ClaimedTasks}}' end,
                    coalesce(doc->>'taskDueDate', ''), 1, 0
                where lower(doc->>'taskStatus') in ('open', 'claimed')
        $tally$;
        """;

    /// <summary>A form's facts change: its previous rows are taken off its unit's tally and its new rows added.</summary>
    private static string ApplyFunctionSql(string schema) => $$"""
        create function {{schema}}.{{YearlyTallies.ApplyFunction}}() returns trigger language plpgsql as $tally$
        begin
            if tg_op = 'UPDATE' and new.data = old.data then
                return null;
            end if;
            insert into {{schema}}.{{YearlyTallies.TableName}} as t (fiscal_year, department_id, unit_id, measure, key, n, amount)
            select d.fiscal_year, d.department_id, d.unit_id, r.measure, r.key, sum(d.sign * r.n), sum(d.sign * r.amount)
            from (
                select (old.data->>'fiscalYear')::int, old.data->>'departmentId', old.data->>'unitId', old.data, -1
                where tg_op in ('UPDATE', 'DELETE')
                union all
                select (new.data->>'fiscalYear')::int, new.data->>'departmentId', new.data->>'unitId', new.data, 1
                where tg_op in ('INSERT', 'UPDATE')
            ) d (fiscal_year, department_id, unit_id, doc, sign)
            cross join lateral {{schema}}.{{YearlyTallies.RowsFunction}}(d.doc) r
            group by 1, 2, 3, 4, 5
            having sum(d.sign * r.n) <> 0 or sum(d.sign * r.amount) <> 0
            order by 1, 2, 3, 4, 5
            on conflict (fiscal_year, department_id, unit_id, measure, key)
                do update set n = t.n + excluded.n, amount = t.amount + excluded.amount;
            return null;
        end
        $tally$;
        """;

    /// <summary>The facts table emptied at once (a rebuild's teardown, a reset): the tallies go with it.</summary>
    private static string ClearFunctionSql(string schema) => $$"""
        create function {{schema}}.{{YearlyTallies.ClearFunction}}() returns trigger language plpgsql as $tally$
        begin
            delete from {{schema}}.{{YearlyTallies.TableName}};
            return null;
        end
        $tally$;
        """;

    /// <summary>Counts every form's facts afresh and (re)enables the row trigger, in one transaction.</summary>
    internal static string RecountSql(string schema, string factsTable) => $"""
        alter table {factsTable} enable trigger {YearlyTallies.RowTrigger};
        delete from {schema}.{YearlyTallies.TableName};
        insert into {schema}.{YearlyTallies.TableName} (fiscal_year, department_id, unit_id, measure, key, n, amount)
        select (f.data->>'fiscalYear')::int, f.data->>'departmentId', f.data->>'unitId', r.measure, r.key, sum(r.n), sum(r.amount)
        from {factsTable} f cross join lateral {schema}.{YearlyTallies.RowsFunction}(f.data) r
        group by 1, 2, 3, 4, 5;
        """;

    private static string CreateSql(string schema)
    {
        var body = Script(schema);
        return body + $"\ncomment on table {schema}.{YearlyTallies.TableName} is '{Version(body)}';\n";
    }

    private static string Script(string schema)
    {
        var facts = FactsTable(schema);
        return $"""
            drop trigger if exists {YearlyTallies.RowTrigger} on {facts};
            drop trigger if exists {YearlyTallies.TruncateTrigger} on {facts};
            drop function if exists {schema}.{YearlyTallies.ApplyFunction}();
            drop function if exists {schema}.{YearlyTallies.ClearFunction}();
            drop function if exists {schema}.{YearlyTallies.RowsFunction}(jsonb);
            drop table if exists {schema}.{YearlyTallies.TableName};
            create table {schema}.{YearlyTallies.TableName} (
                fiscal_year integer not null,
                department_id text not null,
                unit_id text not null,
                measure text not null,
                key text not null,
                n bigint not null,
                amount numeric not null,
                primary key (fiscal_year, department_id, unit_id, measure, key)
            );
            {RowsFunctionSql(schema)}
            {ApplyFunctionSql(schema)}
            {ClearFunctionSql(schema)}
            create trigger {YearlyTallies.RowTrigger} after insert or update or delete on {facts}
                for each row execute function {schema}.{YearlyTallies.ApplyFunction}();
            create trigger {YearlyTallies.TruncateTrigger} after truncate on {facts}
                for each statement execute function {schema}.{YearlyTallies.ClearFunction}();
            {RecountSql(schema, facts)}
            """;
    }

    private static string Version(string body) =>
        "yearly tallies " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16];

    private sealed class TallyObjects(string schema) : ISchemaObject
    {
        public DbObjectName Identifier { get; } = new PostgresqlObjectName(schema, YearlyTallies.TableName, SchemaUtils.IdentifierUsage.General);

        public void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(CreateSql(schema));

        public void WriteDropStatement(Migrator rules, TextWriter writer)
        {
            var facts = FactsTable(schema);
            writer.WriteLine($"drop trigger if exists {YearlyTallies.RowTrigger} on {facts};");
            writer.WriteLine($"drop trigger if exists {YearlyTallies.TruncateTrigger} on {facts};");
            writer.WriteLine($"drop table if exists {schema}.{YearlyTallies.TableName};");
            writer.WriteLine($"drop function if exists {schema}.{YearlyTallies.ApplyFunction}();");
            writer.WriteLine($"drop function if exists {schema}.{YearlyTallies.ClearFunction}();");
            writer.WriteLine($"drop function if exists {schema}.{YearlyTallies.RowsFunction}(jsonb);");
        }

        /// <summary>The version the table carries and how many of the two triggers are there and enabled.</summary>
        public void ConfigureQueryCommand(DbCommandBuilder builder) => builder.Append($"""
            select obj_description(to_regclass('{schema}.{YearlyTallies.TableName}'), 'pg_class'),
                (select count(*) from pg_trigger where tgrelid = to_regclass('{FactsTable(schema)}')
                    and tgname in ('{YearlyTallies.RowTrigger}', '{YearlyTallies.TruncateTrigger}') and tgenabled <> 'D');
            """);

        public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
        {
            if (!await reader.ReadAsync(ct) || await reader.IsDBNullAsync(0, ct))
            {
                return new Delta(this, SchemaPatchDifference.Create);
            }

            var version = reader.GetString(0);
            var triggers = reader.GetInt64(1);
            var current = version == Version(Script(schema)) && triggers == 2;
            return new Delta(this, current ? SchemaPatchDifference.None : SchemaPatchDifference.Update);
        }

        public IEnumerable<DbObjectName> AllNames()
        {
            yield return Identifier;
        }
    }

    /// <summary>Creating and updating are the same script: it rebuilds the derived tallies from the facts.</summary>
    private sealed class Delta(ISchemaObject tally, SchemaPatchDifference difference) : ISchemaObjectDelta
    {
        public ISchemaObject SchemaObject => tally;

        public SchemaPatchDifference Difference => difference;

        public void WriteUpdate(Migrator rules, TextWriter writer) => tally.WriteCreateStatement(rules, writer);

        public void WriteRollback(Migrator rules, TextWriter writer) => tally.WriteDropStatement(rules, writer);

        public void WriteRestorationOfPreviousState(Migrator rules, TextWriter writer) => tally.WriteDropStatement(rules, writer);
    }
}
