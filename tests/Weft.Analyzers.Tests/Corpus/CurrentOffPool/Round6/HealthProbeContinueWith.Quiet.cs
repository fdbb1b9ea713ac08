// Quiet twin of HealthProbeContinueWith: the probe is awaited (resuming on the worker) and then recorded.
using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthProbeContinueWith;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HealthState
{
    private readonly Dictionary<string, bool> _up = new(StringComparer.Ordinal);

    public void Record(string target, bool up) => _up[target] = up;

    public bool IsUp(string target) => _up.GetValueOrDefault(target, true);
}

public static class TcpProbe
{
    public static async Task<bool> ConnectAsync(string host, int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(host, port).WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception ex) when (ex is SocketException or TimeoutException)
        {
            return false;
        }
    }
}

public static class HealthLoop
{
    public static async Task CheckAsync(string host, int port)
    {
        bool up = await TcpProbe.ConnectAsync(host, port);
        HealthState.Current.Record(host, up);
    }
}
