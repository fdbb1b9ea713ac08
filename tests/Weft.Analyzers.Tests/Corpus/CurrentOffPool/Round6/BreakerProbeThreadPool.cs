// Circuit breaker per worker kept in a team-allocated Slot<T>. Defect: the half-open probe is queued to the thread
// pool with a method group, and the probe reads the breaker through Slot<T>.Get() — a [RequiresLoopThread] member
// (WEFT0005 on the read inside the thread-pool callback).
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

    public void MaybeProbe() => ThreadPool.QueueUserWorkItem(Probe);

    private void Probe(object? _)
    {
        Breaker breaker = _slot.Get(); // expect: WEFT0005
        if (!breaker.Open || breaker.RetryAt > DateTime.UtcNow) return;
        if (Connects(_host, _port)) breaker.Reset(); else breaker.Trip(TimeSpan.FromSeconds(10));
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
