using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Commerce.Testing;

/// <summary>
/// Test clusters live in &lt;temp&gt;/commerce-tests-&lt;user&gt;/&lt;pid&gt;-&lt;id&gt;. vstest kills the test host about
/// 100 ms after the last test, too soon for a clean pg_ctl stop, so cleanup at exit is a quick signal and the
/// next run removes whatever a killed run left behind.
/// </summary>
public static partial class TestClusterFolders
{
    // Immediate shutdown: no checkpoint, since the data is thrown away anyway.
    const int SigQuit = 3;

    // Per user: a folder made by `sudo ./test.sh` would otherwise lock everyone else out.
    static readonly string Root = Path.Combine(Path.GetTempPath(), $"commerce-tests-{Environment.UserName}");

    /// <summary>A new folder name for a cluster of this test process; swept by a later run if this one is killed.</summary>
    public static string NewRunFolder(string label = "run") =>
        Path.Combine(Root, $"{Environment.ProcessId}-{label}-{Guid.NewGuid():N}");

    internal static void RemoveAbandoned()
    {
        if (!Directory.Exists(Root))
            return;
        foreach (var folder in Directory.GetDirectories(Root))
        {
            var owner = RunFolderName().Match(Path.GetFileName(folder));
            if (!owner.Success || IsRunning(int.Parse(owner.Groups[1].Value, CultureInfo.InvariantCulture), name: null))
                continue;
            ShutDownServer(folder);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another test process (or a run's own background rm) is deleting it too.
            }
        }
    }

    /// <summary>Stops the server in the folder and deletes it from a separate process that outlives the test host.</summary>
    internal static void ShutDownAndDelete(string folder)
    {
        ShutDownServer(folder);
        var remove = new ProcessStartInfo("rm")
        {
            ArgumentList = { "-rf", "--", folder },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process.Start(remove)?.Dispose();
    }

    static void ShutDownServer(string folder)
    {
        var pidFile = Path.Combine(folder, "data", "postmaster.pid");
        if (ReadPid(pidFile) is not int pid || !IsRunning(pid, "postgres"))
            return;
        _ = Kill(pid, SigQuit);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (File.Exists(pidFile) && IsRunning(pid, "postgres") && DateTime.UtcNow < deadline)
            Thread.Sleep(5);
    }

    static int? ReadPid(string pidFile)
    {
        try
        {
            return int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    static bool IsRunning(int pid, string? name)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && (name is null || process.ProcessName == name);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for the project.
    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"^(\d+)-")]
    private static partial Regex RunFolderName();
}
