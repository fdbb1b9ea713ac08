// Health checker on each worker. Defect: the probe's outcome is recorded in a ContinueWith continuation that
// reads HealthState.Current — ContinueWith runs on the thread pool by default (WEFT0005 on the read).
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
    public static Task CheckAsync(string host, int port) =>
        TcpProbe.ConnectAsync(host, port).ContinueWith(t => HealthState.Current.Record(host, t.Result)); // expect: WEFT0005
}
