namespace Commerce.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Commerce";

    /// <summary>Apply pending migrations at start (on by default; turn off where a release step migrates).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
