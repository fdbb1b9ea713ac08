// LRU response cache. Defect: the cache is kept in static fields (one map and one recency list for the process)
// and filled from a [WorkerUpdate] and from the per-worker type's own Lookup — non-concurrent static collections
// written from worker code (WEFT0006 on each mutation).
using System.Collections.Generic;
using Weft;

namespace Corpus6b.LruCacheStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    private const int Capacity = 1024;
    private static readonly Dictionary<string, LinkedListNode<(string Key, byte[] Body)>> s_map = new();
    private static readonly LinkedList<(string Key, byte[] Body)> s_recency = new();

    public byte[]? Lookup(string key)
    {
        if (!s_map.TryGetValue(key, out var node)) return null;
        s_recency.Remove(node); // expect: WEFT0006
        s_recency.AddFirst(node); // expect: WEFT0006
        return node.Value.Body;
    }

    [WorkerUpdate]
    private void Prime(string key, byte[] body)
    {
        if (s_map.ContainsKey(key)) return;
        LinkedListNode<(string Key, byte[] Body)> added = s_recency.AddFirst((key, body)); // expect: WEFT0006
        s_map[key] = added; // expect: WEFT0006
        if (s_map.Count > Capacity)
        {
            LinkedListNode<(string Key, byte[] Body)> last = s_recency.Last!;
            s_recency.RemoveLast(); // expect: WEFT0006
            s_map.Remove(last.Value.Key); // expect: WEFT0006
        }
    }
}
