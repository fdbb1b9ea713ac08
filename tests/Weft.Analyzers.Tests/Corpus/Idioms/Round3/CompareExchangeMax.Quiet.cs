// Round 3. A [WorkerUpdate] method raises a static maximum with a CompareExchange loop: atomic, quiet.
using System.Collections.Generic;
using System;
using System.Threading;
using Weft;

namespace Corpus.Idioms.Round3.CompareExchangeMax;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Peaks
{
    private static int s_max;

    [WorkerUpdate]
    private void Observe(int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref s_max);
        }
        while (value > seen && Interlocked.CompareExchange(ref s_max, value, seen) != seen);
    }
}
