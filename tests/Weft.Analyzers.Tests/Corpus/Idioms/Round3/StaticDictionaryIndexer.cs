// Round 3. A [WorkerUpdate] method sets an entry of a static Dictionary through its indexer.
using System.Collections.Generic;
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
    private static readonly Dictionary<string, long> s_lastSeen = new();

    [WorkerUpdate]
    private void Seen(string peer) => s_lastSeen[peer] = System.Environment.TickCount64; // expect: WEFT0006
}
