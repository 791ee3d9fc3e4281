using System.Net;
using System.Net.Sockets;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// Ports for the private servers, below Linux's ephemeral range (32768–60999): a port from that range can be taken
/// by some outgoing connection while a server is stopped, and then the server could not start again on it.
/// </summary>
public static class FreePorts
{
    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free port found between 20000 and 32000.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
