using System.Globalization;

namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>The folder holding the PostgreSQL server programs.</summary>
internal sealed record PostgresBinaries(string Directory)
{
    public const string InstallHint =
        "install PostgreSQL (e.g. `apt-get install postgresql`), or set ConnectionStrings:Commerce, or use docker-compose";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public static PostgresBinaries Locate(string? configuredDirectory)
    {
        var candidates = string.IsNullOrWhiteSpace(configuredDirectory) ? Discover() : [configuredDirectory];
        var found = candidates.FirstOrDefault(HasServerPrograms);
        var searched = string.IsNullOrWhiteSpace(configuredDirectory)
            ? "on PATH or in /usr/lib/postgresql/*/bin"
            : $"in {configuredDirectory}";
        return found is not null
            ? new PostgresBinaries(found)
            : throw new InvalidOperationException(
                $"No PostgreSQL server programs (initdb, pg_ctl, postgres) were found {searched}. " +
                $"To run Commerce, {InstallHint}.");
    }

    static IEnumerable<string> Discover()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var pgCtl = Path.Combine(folder, "pg_ctl");
            if (File.Exists(pgCtl))
            {
                // PATH often holds symlinks (/usr/local/bin/pg_ctl); initdb and postgres sit next to the target.
                var target = File.ResolveLinkTarget(pgCtl, returnFinalTarget: true)?.FullName ?? pgCtl;
                yield return Path.GetDirectoryName(target)!;
            }
        }

        // Debian keeps server programs off PATH, one folder per major version.
        var debian = new DirectoryInfo("/usr/lib/postgresql");
        if (!debian.Exists)
            yield break;
        foreach (var version in debian.GetDirectories().OrderByDescending(d => MajorVersion(d.Name)))
            yield return Path.Combine(version.FullName, "bin");
    }

    static bool HasServerPrograms(string folder) =>
        new[] { "initdb", "pg_ctl", "postgres" }.All(name => File.Exists(Path.Combine(folder, name)));

    static double MajorVersion(string name) =>
        double.TryParse(name, NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : 0;
}
