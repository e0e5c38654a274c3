using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Commerce.Infrastructure.Hosting.LocalPostgres;

/// <summary>Chooses the port a stopped cluster starts on.</summary>
internal static class ClusterPort
{
    public static int Choose(ClusterLayout layout, int configuredPort)
    {
        if (configuredPort != 0)
            return configuredPort;

        // The same port as last time keeps connection strings people copied (psql, a GUI) working.
        if (File.Exists(layout.PortFile) &&
            int.TryParse(File.ReadAllText(layout.PortFile).Trim(), CultureInfo.InvariantCulture, out var remembered) &&
            IsFree(remembered))
            return remembered;

        var port = PickFree();
        File.WriteAllText(layout.PortFile, port.ToString(CultureInfo.InvariantCulture));
        return port;
    }

    static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    static int PickFree()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
