// Round 3. The update is a local function used as a method group; it increments a captured local on every worker.
using System.Collections.Generic;
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
        void Visit(ConnectionCache cache) => seen += cache.Count; // expect: WEFT0008 #escape
        ConnectionCache.UpdateAll(pool, Visit, () => System.Console.WriteLine(seen)); // expect: WEFT0008 #escape
    }
}
