// Round 3. The same maximum raised with Math.Max and a plain store: read, compare and write race between workers. Reading taken: a read-modify-write in any syntactic form.
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
        s_max = Math.Max(s_max, value); // expect: WEFT0006
    }
}
