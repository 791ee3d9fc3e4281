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
    public ISchemaObject[] Objects => [new TallyObjects(options.DatabaseSchemaName, YearlyTallies.FactsTable(options))];

    public string Identifier => YearlyTallies.TableName;

    public Migrator Migrator => options.Advanced.Migrator;

    public Type StorageType => typeof(YearlyTallySchema);

    public void WritePermissions(Migrator rules, TextWriter writer)
    {
    }

    public IEnumerable<Type> DependentTypes() => [typeof(Domain.Yearly.YearlyFormFacts)];

    /// <summary>
    /// Counts signed facts into tally rows: <paramref name="source"/> yields (id, sign, fiscal_year, department_id,
    /// unit_id, data), sign +1 for facts to add and −1 for facts to take off; the result is the change per
    /// (fiscal_year, department_id, unit_id, measure, key), zero changes left out. The recount passes every fact with
    /// +1, the trigger a form's previous facts with −1 and its new ones with +1: one way of counting for both.
    /// </summary>
    /// <remarks>
    /// Only projects' forms are counted: the department-wide forms (kind DepartmentWide) are listed apart
    /// (<see cref="YearlyFiguresQuery"/>). The per-form figures are first added up per unit and kind of form (status, grades, task and due date), then
    /// spread into measures: one pass over the facts for them, and one each to list finding codes and indicators below
    /// their weight (an indicator once per form, like <see cref="Domain.Yearly.FormTally"/>). Twice as fast for a
    /// recount of 200,000 facts as spreading each form into its rows first.
    /// </remarks>
    private static string CountSql(string source) => $$"""
        with f as not materialized (
            select * from ({{source}}) s where coalesce(s.data->>'kind', 'Project') = 'Project'),
        per_kind as (
            select fiscal_year, department_id, unit_id, data->>'status' as status,
                data->>'computedGrade' as computed_grade, data->>'finalGrade' as final_grade,
                lower(data->>'taskStatus') as task, coalesce(data->>'taskDueDate', '') as due,
                sum(sign) as forms,
                sum(sign * coalesce((data->>'initialBudget')::numeric, 0)) as initial,
                sum(sign * coalesce((data->>'fullYearBudget')::numeric, 0)) as full_year,
                sum(sign * coalesce((data->>'executed')::numeric, 0)) as executed,
                sum(sign * (data->>'claimedTotal' is not null)::int) as claimed_n,
                sum(sign * coalesce((data->>'claimedTotal')::numeric, 0)) as claimed,
                sum(sign * (data->>'computedTotal' is not null)::int) as computed_n,
                sum(sign * coalesce((data->>'computedTotal')::numeric, 0)) as computed,
                sum(sign * (data->>'finalTotal' is not null)::int) as final_n,
                sum(sign * coalesce((data->>'finalTotal')::numeric, 0)) as final,
                sum(sign * (data->>'recheckDifference' is not null)::int) as rechecked_n,
                sum(sign * coalesce((data->>'recheckDifference')::numeric, 0)) as recheck_difference,
                sum(sign * case when data->>'recheckDifference' is not null
                    then coalesce((data->>'weights')::numeric, 0) else 0 end) as recheck_weights
            from f
            group by 1, 2, 3, 4, 5, 6, 7, 8
        )
        select fiscal_year, department_id, unit_id, measure, key, sum(n) as n, sum(amount) as amount
        from (
            select p.fiscal_year, p.department_id, p.unit_id, v.measure, v.key, v.n, v.amount
            from per_kind p cross join lateral (values
                ('{{M.Forms}}', '', p.forms, 0::numeric),
                ('{{M.Status}}', p.status, p.forms, 0),
                ('{{M.Initial}}', '', p.forms, p.initial),
                ('{{M.FullYear}}', '', p.forms, p.full_year),
                ('{{M.Executed}}', '', p.forms, p.executed),
                ('{{M.Claimed}}', '', p.claimed_n, p.claimed),
                ('{{M.Computed}}', '', p.computed_n, p.computed),
                ('{{M.Final}}', '', p.final_n, p.final),
                ('{{M.RecheckDifference}}', '', p.rechecked_n, p.recheck_difference),
                ('{{M.RecheckWeights}}', '', p.rechecked_n, p.recheck_weights),
                ('{{M.ComputedGrade}}', p.computed_grade, p.forms, 0),
                ('{{M.FinalGrade}}', p.final_grade, p.forms, 0),
                (case p.task when 'open' then '{{M.OpenTasks}}' when 'claimed' then '{{M.ClaimedTasks}}' end, p.due, p.forms, 0)
            ) v (measure, key, n, amount)
            where v.measure is not null and v.key is not null
            union all
            select f.fiscal_year, f.department_id, f.unit_id, '{{M.Finding}}', code, f.sign, 0
            from f cross join lateral jsonb_array_elements_text(
                case when jsonb_typeof(f.data->'findingCodes') = 'array' then f.data->'findingCodes' else '[]' end) code
            union all
            select d.fiscal_year, d.department_id, d.unit_id, '{{M.BelowWeight}}', d.name, d.sign, 0
            from (
                select distinct f.id, f.sign, f.fiscal_year, f.department_id, f.unit_id, name
                from f cross join lateral jsonb_array_elements_text(
                    case when jsonb_typeof(f.data->'indicatorsBelowWeight') = 'array' then f.data->'indicatorsBelowWeight' else '[]' end) name
            ) d
        ) x
        group by 1, 2, 3, 4, 5
        having sum(n) <> 0 or sum(amount) <> 0
        """;

    /// <summary>A form's facts change: its previous facts are taken off its unit's tally and its new facts added.</summary>
    private static string ApplyFunctionSql(string schema) => $$"""
        create function {{schema}}.{{YearlyTallies.ApplyFunction}}() returns trigger language plpgsql as $tally$
        begin
            if tg_op = 'UPDATE' and new.data = old.data then
                return null;
            end if;
            insert into {{schema}}.{{YearlyTallies.TableName}} as t (fiscal_year, department_id, unit_id, measure, key, n, amount)
            select * from ({{CountSql("""
                select old.id, -1 as sign, (old.data->>'fiscalYear')::int as fiscal_year, old.data->>'departmentId' as department_id,
                    old.data->>'unitId' as unit_id, old.data as data
                where tg_op in ('UPDATE', 'DELETE')
                union all
                select new.id, 1, (new.data->>'fiscalYear')::int, new.data->>'departmentId', new.data->>'unitId', new.data
                where tg_op in ('INSERT', 'UPDATE')
                """)}}) c
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
        set local jit = off;
        alter table {factsTable} enable trigger {YearlyTallies.RowTrigger};
        delete from {schema}.{YearlyTallies.TableName};
        insert into {schema}.{YearlyTallies.TableName} (fiscal_year, department_id, unit_id, measure, key, n, amount)
        {CountSql($"""
            select id, 1 as sign, (data->>'fiscalYear')::int as fiscal_year, data->>'departmentId' as department_id,
                data->>'unitId' as unit_id, data
            from {factsTable}
            """)};
        """;

    private static string CreateSql(string schema, string facts)
    {
        var body = Script(schema, facts);
        return body + $"\ncomment on table {schema}.{YearlyTallies.TableName} is '{Version(body)}';\n";
    }

    /// <summary>Drops the triggers, the functions and the table.</summary>
    private static string DropSql(string schema, string facts) => $"""
        drop trigger if exists {YearlyTallies.RowTrigger} on {facts};
        drop trigger if exists {YearlyTallies.TruncateTrigger} on {facts};
        drop function if exists {schema}.{YearlyTallies.ApplyFunction}();
        drop function if exists {schema}.{YearlyTallies.ClearFunction}();
        drop table if exists {schema}.{YearlyTallies.TableName};
        """;

    private static string Script(string schema, string facts) => $"""
            {DropSql(schema, facts)}
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
            {ApplyFunctionSql(schema)}
            {ClearFunctionSql(schema)}
            create trigger {YearlyTallies.RowTrigger} after insert or update or delete on {facts}
                for each row execute function {schema}.{YearlyTallies.ApplyFunction}();
            create trigger {YearlyTallies.TruncateTrigger} after truncate on {facts}
                for each statement execute function {schema}.{YearlyTallies.ClearFunction}();
            {RecountSql(schema, facts)}
            """;

    private static string Version(string body) =>
        "yearly tallies " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16];

    private sealed class TallyObjects(string schema, string facts) : ISchemaObject
    {
        public DbObjectName Identifier { get; } = new PostgresqlObjectName(schema, YearlyTallies.TableName, SchemaUtils.IdentifierUsage.General);

        public void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(CreateSql(schema, facts));

        public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine(DropSql(schema, facts));

        /// <summary>The version the table carries and how many of the two triggers are there and enabled.</summary>
        public void ConfigureQueryCommand(DbCommandBuilder builder) => builder.Append($"""
            select obj_description(to_regclass('{schema}.{YearlyTallies.TableName}'), 'pg_class'),
                (select count(*) from pg_trigger where tgrelid = to_regclass('{facts}')
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
            var current = version == Version(Script(schema, facts)) && triggers == 2;
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
