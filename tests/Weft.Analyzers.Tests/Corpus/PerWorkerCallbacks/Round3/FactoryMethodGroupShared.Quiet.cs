// Round 3. The local function factory builds a new cache on every call.
using System.Collections.Generic;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round3.FactoryMethodGroupShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Setup
{
    public static void Run(WorkerPool pool)
    {
        ConnectionCache Make(Weft.Threading.Dispatcher _) => new ConnectionCache();
        ConnectionCache.Initialize(pool, Make);
    }
}
