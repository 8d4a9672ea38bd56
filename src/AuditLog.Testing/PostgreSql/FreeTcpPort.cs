using System.Net;
using System.Net.Sockets;

namespace AuditLog.Testing.PostgreSql;

/// <summary>Picks a TCP port on 127.0.0.1 that nothing listens on.</summary>
internal static class FreeTcpPort
{
    /// <summary>Asks the kernel for an ephemeral port and releases it at once.</summary>
    /// <remarks>Another process could take the port before the server binds it; rare enough for tests.</remarks>
    internal static int Find()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
