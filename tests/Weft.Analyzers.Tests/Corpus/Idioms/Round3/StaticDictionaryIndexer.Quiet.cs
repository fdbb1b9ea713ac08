// Round 3. The static table is a ConcurrentDictionary.
using System.Collections.Generic;
using System.Collections.Concurrent;
using Weft;

namespace Corpus.Idioms.Round3.StaticDictionaryIndexer;

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
public sealed partial class PeerTable
{
    private static readonly ConcurrentDictionary<string, long> s_lastSeen = new();

    [WorkerUpdate]
    private void Seen(string peer) => s_lastSeen[peer] = System.Environment.TickCount64;
}
