// Round 3. The volatile field is only assigned (no read-modify-write); Interlocked does the adding.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Idioms.Round3.VolatileCompoundAssign;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public sealed class Meter
{
    private int _bytes;

    private volatile bool _stopped;

    public void Add(int count) => Interlocked.Add(ref _bytes, count);

    public void Stop() => _stopped = true;

    public bool Stopped => _stopped;

    public int Bytes => Volatile.Read(ref _bytes);
}
