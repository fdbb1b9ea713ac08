// Per-worker health checker that probes each upstream with an async local function. Defect: the local function
// awaits the probe with ConfigureAwait(false) and then updates the worker's health table it captured
// (WEFT0004: worker state used after an await that may not resume on the loop).
using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.HealthCheckLocalFunction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class UpstreamTable
{
    private readonly Dictionary<string, DateTime> _lastHealthy = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Hosts => _lastHealthy.Keys;

    public void MarkHealthy(string host) => _lastHealthy[host] = DateTime.UtcNow;
}

public static class HealthRound
{
    public static async Task RunAsync(int port)
    {
        UpstreamTable table = UpstreamTable.Current;
        var probes = new List<Task<(string Host, bool Up)>>();
        foreach (string host in new List<string>(table.Hosts)) probes.Add(ProbeAsync(host));
        foreach (var (host, up) in await Task.WhenAll(probes))
        {
        }

        async Task<(string Host, bool Up)> ProbeAsync(string host)
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(host, port).ConfigureAwait(false);
                table.MarkHealthy(host); // expect: WEFT0004
                return (host, true);
            }
            catch (SocketException)
            {
                return (host, false);
            }
        }
    }
}
