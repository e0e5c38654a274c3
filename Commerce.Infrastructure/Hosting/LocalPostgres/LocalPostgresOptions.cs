using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>Where and how <see cref="LocalPostgresCluster"/> runs a project-local PostgreSQL server.</summary>
public sealed class LocalPostgresOptions
{
    /// <summary>The cluster's data folder; created and initialised on first start.</summary>
    [Required]
    public string DataDirectory { get; set; } = "";

    /// <summary>
    /// TCP port on 127.0.0.1. 0 picks a free port and remembers it in the data folder,
    /// so the next start uses the same port while it is still free.
    /// </summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>Folder with initdb and pg_ctl. Empty: pg_ctl on PATH, then the newest /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>
    /// Server connection limit. The default leaves room for the app's pool (100), Hangfire and the stock listener;
    /// the test cluster serves many fixtures at once and asks for more.
    /// </summary>
    [Range(20, 2000)]
    public int MaxConnections { get; set; } = 200;

    /// <summary>Database named in the connection string; created when missing.</summary>
    [Required]
    public string Database { get; set; } = "commerce";
}
