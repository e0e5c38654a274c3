using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// The PostgreSQL search table is kept current by triggers that rebuild products on every statement, which makes a
/// seed of hundreds of rows slow. Seeds pause them for their transaction and index what they added once at the end,
/// the bulk-load path the ProductSearch migration provides. Both steps do nothing where that migration is absent.
/// </summary>
internal static class SearchIndexPause
{
    public static async Task PauseAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var pause = new NpgsqlCommand("SET LOCAL commerce.product_search_paused = on", connection);
        await pause.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Indexes the given products (null: all of them); returns how many are listed.</summary>
    public static async Task<int> ReindexAsync(NpgsqlConnection connection, int[]? productIds, CancellationToken cancellationToken)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regproc('refresh_product_search') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true) return 0;
        await using var refresh = new NpgsqlCommand("SELECT refresh_product_search($1)", connection);
        refresh.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer, Value = (object?)productIds ?? DBNull.Value });
        refresh.CommandTimeout = 0; // a large catalog takes a while, and the caller's token still cancels it
        return (int)(await refresh.ExecuteScalarAsync(cancellationToken))!;
    }
}
