using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Benchmarks.Checkout;

/// <summary>
/// The server's own counters for this database: committed transactions (pg_stat_database) and statements
/// (pg_stat_statements, when the extension is installed in it). Read before and after the timed checkouts, they
/// say how much database work one checkout is, in the units pgbench reports.
/// </summary>
internal sealed record DatabaseCounters(long Commits, long? Statements, double? ExecMs)
{
    public static async Task<DatabaseCounters> ReadAsync(CheckoutStore store)
    {
        // Backends publish their counters at most about once a second; give the last ones time to land.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var db = await store.Contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using (var clear = connection.CreateCommand())
        {
            clear.CommandText = "SELECT pg_stat_clear_snapshot()";
            await clear.ExecuteNonQueryAsync();
        }
        var commits = await ScalarAsync(connection, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()") ?? 0;
        long? statements = null;
        double? execMs = null;
        try
        {
            const string Ours = "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
            statements = await ScalarAsync(connection, $"SELECT coalesce(sum(calls), 0)::bigint {Ours}");
            // Microseconds as a whole number, so one scalar reader serves both.
            execMs = await ScalarAsync(connection, $"SELECT coalesce(sum(total_exec_time) * 1000, 0)::bigint {Ours}") / 1000.0;
        }
        catch (DbException)
        {
            // pg_stat_statements is not installed here: report commits only.
        }
        return new DatabaseCounters(commits, statements, execMs);
    }

    private static async Task<long?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
