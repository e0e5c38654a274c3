using System.Text.RegularExpressions;
using Commerce.Infrastructure.Hosting.LocalPostgres;
using Npgsql;

namespace Commerce.Testing;

/// <summary>
/// One PostgreSQL cluster per test process, started on first use and shut down and deleted at process exit.
/// Fixtures take a fresh database each, so test classes running in parallel never share state.
/// </summary>
public static partial class PostgresServer
{
    static readonly string RunFolder = TestClusterFolders.NewRunFolder();

    static readonly LocalPostgresCluster Cluster = new(new LocalPostgresOptions
    {
        DataDirectory = Path.Combine(RunFolder, "data"),
        Database = "postgres",
        MaxConnections = 500,
    });

    // Task.Run: the first caller may block on AdminConnectionString from a test's synchronization context.
    static readonly Lazy<Task<string>> Started = new(() => Task.Run(StartAsync));

    /// <summary>Connection string to the cluster's <c>postgres</c> database (superuser, trust auth).</summary>
    public static string AdminConnectionString => Started.Value.GetAwaiter().GetResult();

    /// <summary>Creates an empty database named after <paramref name="namePrefix"/> and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string namePrefix)
    {
        var admin = await Started.Value;
        var prefix = UnsafeNameCharacters().Replace(namePrefix.ToLowerInvariant(), "_");
        var name = $"{prefix[..Math.Min(prefix.Length, 30)]}_{Guid.NewGuid():N}";

        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    static async Task<string> StartAsync()
    {
        TestClusterFolders.RemoveAbandoned();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndDelete();
        return await Cluster.EnsureStartedAsync();
    }

    static void StopAndDelete()
    {
        try
        {
            if (Directory.Exists(RunFolder))
                TestClusterFolders.ShutDownAndDelete(RunFolder);
        }
        catch (Exception e)
        {
            // An exception here would crash the test host after the results are in; say what was left behind.
            Console.Error.WriteLine($"Could not remove the test PostgreSQL cluster in {RunFolder}: {e.Message}");
        }
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex UnsafeNameCharacters();
}
