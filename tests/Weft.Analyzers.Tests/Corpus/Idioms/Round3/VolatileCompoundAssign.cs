// Round 3. A compound assignment to a volatile field: each access is atomic, the read-add-write is not.
using System.Collections.Generic;
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
    private volatile int _bytes;

    public void Add(int count) => _bytes += count; // expect: WEFT0006

    public int Bytes => _bytes;
}
