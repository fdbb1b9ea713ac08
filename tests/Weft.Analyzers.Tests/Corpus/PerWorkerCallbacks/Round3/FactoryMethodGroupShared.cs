// Round 3. The per-worker factory is a local function (used as a method group) that returns one captured instance.
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
        var shared = new ConnectionCache();
        ConnectionCache Make(Weft.Threading.Dispatcher _) => shared; // expect: WEFT0008 #escape
        ConnectionCache.Initialize(pool, Make); // expect: WEFT0008 #escape
    }
}
