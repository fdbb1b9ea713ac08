// Round 3. Parallel.Invoke runs both actions on pool threads at once; one trims the worker's cache.
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
            () => cache.Evict(host)); // expect: WEFT0004
    }
}
