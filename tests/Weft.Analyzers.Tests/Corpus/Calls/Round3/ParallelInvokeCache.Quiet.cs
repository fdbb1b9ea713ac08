// Round 3. Parallel.Invoke runs only work that does not touch the cache; the eviction stays on the worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.Round3.ParallelInvokeCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Work
{
    public static void Both(string host)
    {
        var cache = ConnectionCache.Current;
        Parallel.Invoke(
            () => System.Console.WriteLine(host),
            () => System.Console.WriteLine(host.Length));
        cache.Evict(host);
    }
}
