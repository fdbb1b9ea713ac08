// Round 3. Parallel.ForEachAsync bodies evict from the worker's cache on thread-pool threads, several at once.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ParallelForEachAsyncCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Evictor
{
    public static Task EvictAllAsync(IEnumerable<string> hosts)
    {
        var cache = ConnectionCache.Current;
        return Parallel.ForEachAsync(hosts, (host, _) =>
        {
            cache.Evict(host); // expect: WEFT0004
            return ValueTask.CompletedTask;
        });
    }
}
