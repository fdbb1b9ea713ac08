// Round 3. The local function adds with Interlocked; the completion callback (on main) reads the total.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.LocalFunctionUpdate;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Census
{
    public static void Count(WorkerPool pool)
    {
        int seen = 0;
        void Visit(ConnectionCache cache) => Interlocked.Add(ref seen, cache.Count);
        ConnectionCache.UpdateAll(pool, Visit, () => System.Console.WriteLine(seen));
    }
}
