using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>The files of one local cluster: data folder, its log beside it, the remembered port.</summary>
internal sealed class ClusterLayout
{
    // A Unix socket path may not exceed 107 bytes; ".s.PGSQL.65535.lock" is the longest file PostgreSQL puts there.
    const int MaxSocketPathLength = 107;

    ClusterLayout(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    public string LogFile => Path.Combine(
        Path.GetDirectoryName(DataDirectory)!, Path.GetFileName(DataDirectory) + ".log");

    public string PortFile => Path.Combine(DataDirectory, "commerce.port");

    public string SocketDirectory =>
        Path.Combine(DataDirectory, ".s.PGSQL.65535.lock").Length <= MaxSocketPathLength ? DataDirectory : "/tmp";

    public bool IsInitialised => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    /// <summary>The port a server on this folder announced in postmaster.pid (4th line), if the file exists.</summary>
    public int? PortInPidFile()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
            return null;
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    public static async Task<ClusterLayout> PrepareAsync(
        string requestedDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(requestedDirectory));
        if (PostgresUser.MustSwitch &&
            !await PostgresUser.CanTraverseAsync(NearestExistingParent(dataDirectory), cancellationToken))
        {
            var fallback = FallbackFor(dataDirectory);
            logger.LogWarning(
                "The postgres user cannot reach {Requested} (a parent folder is not traversable); " +
                "the PostgreSQL cluster lives in {Fallback} instead.", dataDirectory, fallback);
            dataDirectory = fallback;
        }

        Directory.CreateDirectory(dataDirectory);
        var layout = new ClusterLayout(dataDirectory);
        if (PostgresUser.MustSwitch)
        {
            // The server, running as postgres, appends to its log but cannot create it in a root-owned folder.
            if (!File.Exists(layout.LogFile))
                await File.WriteAllTextAsync(layout.LogFile, "", cancellationToken);
            await PostgresUser.GiveOwnershipAsync([dataDirectory, layout.LogFile], cancellationToken);
        }

        return layout;
    }

    static string NearestExistingParent(string directory)
    {
        var parent = Path.GetDirectoryName(directory);
        while (parent is not null && !Directory.Exists(parent))
            parent = Path.GetDirectoryName(parent);
        return parent ?? "/";
    }

    // Named after the requested path, so every run from the same checkout finds the same cluster again.
    static string FallbackFor(string dataDirectory)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..12];
        return Path.Combine("/tmp", $"commerce-pg-{hash}", Path.GetFileName(dataDirectory));
    }
}
