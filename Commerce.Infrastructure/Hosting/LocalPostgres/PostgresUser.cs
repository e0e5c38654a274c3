namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>
/// initdb and pg_ctl refuse to run as root, so a root process runs them as the postgres OS user,
/// which must then own the data folder and be able to reach it.
/// </summary>
internal static class PostgresUser
{
    public static bool MustSwitch => Environment.IsPrivilegedProcess;

    static string RunUser => File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser";

    public static Task<CommandResult> RunAsync(
        string program, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        MustSwitch
            ? CommandRunner.RunAsync(RunUser, ["-u", "postgres", "--", program, .. arguments], cancellationToken)
            : CommandRunner.RunAsync(program, arguments, cancellationToken);

    /// <summary>True when postgres can search <paramref name="folder"/>, which needs every parent to be traversable.</summary>
    public static async Task<bool> CanTraverseAsync(string folder, CancellationToken cancellationToken) =>
        (await RunAsync("test", ["-x", folder], cancellationToken)).Succeeded;

    public static async Task GiveOwnershipAsync(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var result = await CommandRunner.RunAsync("chown", ["postgres:", .. paths], cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not hand the PostgreSQL files to the postgres user: {result.Output}");
    }
}
