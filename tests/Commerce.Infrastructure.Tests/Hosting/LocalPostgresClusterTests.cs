using Commerce.Infrastructure.Hosting.LocalPostgres;
using Commerce.Testing;
using Npgsql;

namespace Commerce.Infrastructure.Tests.Hosting;

public sealed class LocalPostgresClusterTests : IAsyncLifetime
{
    readonly string _folder = TestClusterFolders.NewRunFolder("cluster");

    [Fact]
    public async Task StartsInAnEmptyFolderAndAnswersSelectOne()
    {
        var connectionString = await NewCluster().EnsureStartedAsync();

        Assert.Equal(1, await ScalarAsync<int>(connectionString, "select 1"));
    }

    [Fact]
    public async Task ASecondStartOnTheSameFolderReusesTheRunningServerAndItsData()
    {
        var first = await NewCluster().EnsureStartedAsync();
        await ExecuteAsync(first, "create table note (body text); insert into note values ('kept')");
        var startedAt = await ScalarAsync<DateTime>(first, "select pg_postmaster_start_time()");

        var second = await NewCluster().EnsureStartedAsync();

        Assert.Equal(Port(first), Port(second));
        Assert.Equal(startedAt, await ScalarAsync<DateTime>(second, "select pg_postmaster_start_time()"));
        Assert.Equal("kept", await ScalarAsync<string>(second, "select body from note"));
    }

    [Fact]
    public async Task AStoppedClusterStartsAgainOnTheRememberedPortWithItsData()
    {
        var cluster = NewCluster();
        var first = await cluster.EnsureStartedAsync();
        await ExecuteAsync(first, "create table note (body text); insert into note values ('kept')");
        await cluster.StopAsync();

        var second = await NewCluster().EnsureStartedAsync();

        Assert.Equal(Port(first), Port(second));
        Assert.Equal("kept", await ScalarAsync<string>(second, "select body from note"));
    }

    [Fact]
    public async Task MissingServerProgramsExplainHowToGetPostgres()
    {
        var emptyBinFolder = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => NewCluster(emptyBinFolder).EnsureStartedAsync());

        Assert.Contains(
            "install PostgreSQL (e.g. `apt-get install postgresql`), or set ConnectionStrings:Commerce, or use docker-compose",
            error.Message);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (File.Exists(Path.Combine(_folder, "data", "PG_VERSION")))
            await NewCluster().StopAsync();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    LocalPostgresCluster NewCluster(string? binDirectory = null) =>
        new(new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(_folder, "data"),
            Database = "shop",
            BinDirectory = binDirectory,
        });

    static int Port(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Port;

    static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(connectionString);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        // No pooling: each test stops its server, and pooled connections to it would outlive the test.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(unpooled.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
