// Quiet twin of LruCacheStatic: the map and recency list are instance fields of the per-worker type, so each
// worker owns its own LRU.
using System.Collections.Generic;
using Weft;

namespace Corpus6b.LruCacheStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache
{
    private const int Capacity = 1024;
    private readonly Dictionary<string, LinkedListNode<(string Key, byte[] Body)>> s_map = new();
    private readonly LinkedList<(string Key, byte[] Body)> s_recency = new();

    public byte[]? Lookup(string key)
    {
        if (!s_map.TryGetValue(key, out var node)) return null;
        s_recency.Remove(node);
        s_recency.AddFirst(node);
        return node.Value.Body;
    }

    [WorkerUpdate]
    private void Prime(string key, byte[] body)
    {
        if (s_map.ContainsKey(key)) return;
        LinkedListNode<(string Key, byte[] Body)> added = s_recency.AddFirst((key, body));
        s_map[key] = added;
        if (s_map.Count > Capacity)
        {
            LinkedListNode<(string Key, byte[] Body)> last = s_recency.Last!;
            s_recency.RemoveLast();
            s_map.Remove(last.Value.Key);
        }
    }
}
