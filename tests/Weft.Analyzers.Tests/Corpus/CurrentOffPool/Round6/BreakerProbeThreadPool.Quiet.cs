// Quiet twin of BreakerProbeThreadPool: the breaker is read on the worker and the probe result applied there;
// only the network probe runs on the thread pool.
using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.BreakerProbeThreadPool;

public sealed class Breaker
{
    public bool Open { get; private set; }
    public DateTime RetryAt { get; private set; }

    public void Trip(TimeSpan cooldown) { Open = true; RetryAt = DateTime.UtcNow + cooldown; }
    public void Reset() => Open = false;
}

public sealed class BreakerProber
{
    private readonly Slot<Breaker> _slot;
    private readonly string _host;
    private readonly int _port;

    public BreakerProber(Slot<Breaker> slot, string host, int port)
    {
        _slot = slot;
        _host = host;
        _port = port;
    }

    public async Task MaybeProbeAsync()
    {
        Breaker breaker = _slot.Get();
        if (!breaker.Open || breaker.RetryAt > DateTime.UtcNow) return;
        bool up = await Task.Run(() => Connects(_host, _port));
        if (up) breaker.Reset(); else breaker.Trip(TimeSpan.FromSeconds(10));
    }


    private static bool Connects(string host, int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(host, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
