using Npgsql;

namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>Connection strings to a local cluster, and the application database inside it.</summary>
internal static class ClusterDatabase
{
    public static string ConnectionString(int port, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = database,
        }.ConnectionString;

    public static async Task CreateIfMissingAsync(int port, string database, CancellationToken cancellationToken)
    {
        // Unpooled: a pooled connection would outlive a restart of the server and fail on next use.
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString(port, "postgres")) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            return;

        var quotedName = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"create database {quotedName}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it between the check and the create.
        }
    }
}
