using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>
/// A PostgreSQL server on a project-local data folder, started with initdb/pg_ctl, so development
/// and tests need neither Docker nor a system-wide database service.
/// </summary>
public sealed class LocalPostgresCluster(LocalPostgresOptions options, ILogger<LocalPostgresCluster>? logger = null)
{
    readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    readonly SemaphoreSlim _gate = new(1, 1);
    ClusterLayout? _layout;

    /// <summary>
    /// Initialises the data folder if needed, reuses a server already running on it or starts one,
    /// creates the configured database when missing, and returns its connection string.
    /// </summary>
    public async Task<string> EnsureStartedAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var binaries = PostgresBinaries.Locate(options.BinDirectory);
            var layout = _layout ??= await ClusterLayout.PrepareAsync(options.DataDirectory, _logger, cancellationToken);
            if (!layout.IsInitialised)
                await InitialiseAsync(binaries, layout, cancellationToken);

            var port = await RunningPortAsync(binaries, layout, cancellationToken);
            if (port is not null)
                _logger.LogInformation("Reusing the PostgreSQL server already running on {DataDirectory} (port {Port})", layout.DataDirectory, port);
            port ??= await StartAsync(binaries, layout, cancellationToken);

            await ClusterDatabase.CreateIfMissingAsync(port.Value, options.Database, cancellationToken);
            return ClusterDatabase.ConnectionString(port.Value, options.Database);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server on the data folder (fast shutdown), whether this instance started it or found it running.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var binaries = PostgresBinaries.Locate(options.BinDirectory);
            var layout = _layout ??= await ClusterLayout.PrepareAsync(options.DataDirectory, _logger, cancellationToken);
            if (!layout.IsInitialised || await RunningPortAsync(binaries, layout, cancellationToken) is null)
                return;

            await RunAsync(binaries.PgCtl, ["stop", "-D", layout.DataDirectory, "-m", "fast", "-w"], cancellationToken);
            _logger.LogInformation("Stopped the PostgreSQL server on {DataDirectory}", layout.DataDirectory);
        }
        finally
        {
            _gate.Release();
        }
    }

    async Task InitialiseAsync(PostgresBinaries binaries, ClusterLayout layout, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Initialising a PostgreSQL cluster in {DataDirectory}", layout.DataDirectory);
        await RunAsync(binaries.InitDb,
            ["-D", layout.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
            cancellationToken);
    }

    static async Task<int?> RunningPortAsync(PostgresBinaries binaries, ClusterLayout layout, CancellationToken cancellationToken)
    {
        // postmaster.pid can outlive a crashed server; pg_ctl status checks that its process is alive.
        var port = layout.PortInPidFile();
        if (port is null)
            return null;
        var status = await PostgresUser.RunAsync(binaries.PgCtl, ["status", "-D", layout.DataDirectory], cancellationToken);
        return status.Succeeded ? port : null;
    }

    async Task<int> StartAsync(PostgresBinaries binaries, ClusterLayout layout, CancellationToken cancellationToken)
    {
        var port = ClusterPort.Choose(layout, options.Port);
        // pg_ctl hands -o to the server through /bin/sh, so the socket folder is shell-quoted.
        var socketDirectory = "'" + layout.SocketDirectory.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var serverOptions = $"-p {port} -k {socketDirectory} -c listen_addresses=127.0.0.1 -c max_connections={options.MaxConnections}";
        await RunAsync(binaries.PgCtl,
            ["start", "-w", "-D", layout.DataDirectory, "-l", layout.LogFile, "-o", serverOptions], cancellationToken);
        _logger.LogInformation("Started PostgreSQL on 127.0.0.1:{Port} (data {DataDirectory}, log {LogFile})",
            port, layout.DataDirectory, layout.LogFile);
        return port;
    }

    static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var result = await PostgresUser.RunAsync(program, arguments, cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed (exit {result.ExitCode}): {result.Output}");
    }
}
